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
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends mails through SES (v2 API) from the one verified sender address of the configuration: a mail without
 * attachments as simple content (UTF-8 subject and bodies), one with attachments as a raw MIME message
 * ({@link MimeMessages}). The recipient's syntax is checked here, before calling SES: SES would
 * refuse a malformed address, but the local emulator stores anything. With a configuration set, mails are sent
 * through it (its event destinations report deliveries, bounces and complaints), tagged with the dossier and
 * outbox mail they come from so that those reports find their way back.
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

    /** The names of the message tags SES events carry back (tag values: letters, digits, {@code _ - . @}). */
    public static final String CANDIDACY_TAG = "candidacyId";
    public static final String MAIL_TAG = "mailId";
    private static final Pattern TAG_VALUE = Pattern.compile("[A-Za-z0-9_.@-]{1,256}");

    private final Supplier<SesV2Client> ses;
    private final String from;
    private final String configurationSet;

    public SesMailer(SesV2Client ses, String from) {
        this(() -> ses, from, null);
    }

    /**
     * The client is asked for on first send.
     *
     * @param configurationSet the SES configuration set to send through, or {@code null} for none
     */
    public SesMailer(Supplier<SesV2Client> ses, String from, String configurationSet) {
        if (!isValidAddress(from)) {
            throw new IllegalArgumentException("Invalid sender address: " + from);
        }
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet;
    }

    @Override
    public String send(Mail mail) {
        return send(mail, null);
    }

    @Override
    public String send(Mail mail, Tags tags) {
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
                    .configurationSetName(configurationSet)
                    .emailTags(tags(tags).isEmpty() ? null : tags(tags))
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

    /** The tags SES can carry; a value it would refuse is left out rather than failing the mail. */
    private static List<MessageTag> tags(Tags tags) {
        List<MessageTag> list = new ArrayList<>();
        if (tags != null) {
            addTag(list, CANDIDACY_TAG, tags.candidacyId());
            addTag(list, MAIL_TAG, tags.mailId());
        }
        return list;
    }

    private static void addTag(List<MessageTag> tags, String name, String value) {
        if (value != null && TAG_VALUE.matcher(value).matches()) {
            tags.add(MessageTag.builder().name(name).value(value).build());
        }
    }

    static boolean isValidAddress(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset(UTF_8).build();
    }
}
