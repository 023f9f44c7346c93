package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.port.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Writes a mail with attachments as one MIME message (RFC 5322/2045), with Angus Mail: {@code multipart/mixed}
 * holding the bodies ({@code multipart/alternative} of text and HTML) then each attachment, UTF-8 throughout.
 * A calendar attachment keeps its {@code method} parameter, which mail clients read to offer "accept / decline".
 */
final class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMessages() {
    }

    static byte[] write(String from, Mailer.Mail mail) {
        Properties properties = new Properties();
        // the Message-ID's host part; without it Angus Mail asks the machine's name (SES sets its own anyway)
        properties.setProperty("mail.from", from);
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject() == null ? "" : mail.subject(), UTF_8);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(bodies(mail));
            for (MailAttachment attachment : mail.attachments()) {
                mixed.addBodyPart(attachment(attachment));
            }
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("the mail cannot be written as MIME: " + e.getMessage(), e);
        }
    }

    private static MimeBodyPart bodies(Mailer.Mail mail) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        if (mail.htmlBody() == null) {
            part.setText(mail.textBody(), UTF_8, "plain");
            return part;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        if (mail.textBody() != null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.textBody(), UTF_8, "plain");
            alternative.addBodyPart(text);
        }
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), UTF_8, "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
        return part;
    }

    private static MimeBodyPart attachment(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = attachment.mediaType() + "; charset=UTF-8";
        part.setContent(attachment.content(), type);
        part.setHeader("Content-Type", type + "; name=\"" + attachment.fileName() + "\"");
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        return part;
    }
}
