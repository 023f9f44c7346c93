package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.Mailer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Sends mails through SES (v2 API) from the one verified sender address of the configuration: a mail without
 * attachments as simple content (UTF-8 subject and bodies), one with attachments as a raw MIME message
 * ({@link MimeMessages}). The recipient's syntax is checked here, before calling SES: SES would
 * refuse a malformed address, but the local emulator stores anything.
 */
public final class SesMailer implements Mailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    /**
     * An addr-spec SES takes: an ASCII dot-atom local part (RFC 5322, at most 64 characters) and a domain
     * of at least two DNS labels (IDNs must come punycode-encoded). No display name, no quoted local part.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private final Supplier<SesV2Client> ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this(() -> ses, from);
    }

    /** The client is asked for on first send. */
    public SesMailer(Supplier<SesV2Client> ses, String from) {
        if (!isValidAddress(from)) {
            throw new IllegalArgumentException("Invalid sender address: " + from);
        }
        this.ses = ses;
        this.from = from;
    }

    @Override
    public String send(Mail mail) {
        if (!isValidAddress(mail.to())) {
            throw new MailNotSent("Invalid recipient address: " + mail.to(), null);
        }
        if (mail.textBody() == null && mail.htmlBody() == null) {
            throw new IllegalArgumentException("A mail needs a text or an HTML body");
        }
        EmailContent content = mail.attachments().isEmpty() ? simple(mail)
                : EmailContent.builder().raw(r -> r.data(SdkBytes.fromByteArray(MimeMessages.write(from, mail)))).build();
        try {
            return ses.get().sendEmail(r -> r
                    .fromEmailAddress(from)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(content))
                    .messageId();
        } catch (SesV2Exception e) {
            throw new MailNotSent("SES refused the mail to " + mail.to() + ": " + e.getMessage(), e);
        } catch (SdkClientException e) {
            throw new MailNotSent("SES unreachable: " + e.getMessage(), e);
        }
    }

    private static EmailContent simple(Mail mail) {
        Body.Builder body = Body.builder();
        if (mail.textBody() != null) {
            body.text(utf8(mail.textBody()));
        }
        if (mail.htmlBody() != null) {
            body.html(utf8(mail.htmlBody()));
        }
        return EmailContent.builder().simple(m -> m
                .subject(utf8(mail.subject() == null ? "" : mail.subject()))
                .body(body.build())).build();
    }

    static boolean isValidAddress(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset(UTF_8).build();
    }
}
