package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.SesMailer;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.local.it.TestEmulators.CapturedMail;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.Mailer.Mail;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The SES mailer with the real SDK client against aws-ses-v2-local, read back from the emulator's store. */
class SesMailerTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();

    private final Mailer mailer = new SesMailer(EMULATORS.aws().sesV2(), EMULATORS.mailFrom());
    /** A recipient of this test only: the emulator's store is shared with the other tests. */
    private final String recipient = "porteur-" + UUID.randomUUID().toString().substring(0, 8) + "@collectivite.example.fr";

    @Test
    void a_mail_with_accents_arrives_intact() {
        String subject = "« Dossier reçu – Région Auvergne-Rhône-Alpes, été »";
        String text = "Bonjour,\n\nVotre dossier « Tiers-lieu numérique » est bien reçu – Région Auvergne-Rhône-Alpes, été 2026.\n"
                + "Numéro d'accusé : ARA-L-2026-0042\n\nÀ bientôt, l'équipe des Interconnectés";
        String html = "<p>Bonjour,</p><p>Votre dossier « Tiers-lieu numérique » est bien reçu – "
                + "<strong>Région Auvergne-Rhône-Alpes</strong>, été 2026.</p><p>À bientôt&nbsp;!</p>";

        String messageId = mailer.send(new Mail(recipient, subject, text, html));

        List<CapturedMail> received = EMULATORS.mailsTo(recipient);
        assertThat(received).hasSize(1);
        CapturedMail mail = received.get(0);
        assertThat(mail.messageId()).isEqualTo(messageId).isNotBlank();
        assertThat(mail.from()).isEqualTo(EMULATORS.mailFrom()).isEqualTo("candidatures@interconnectes.fr");
        assertThat(mail.to()).containsExactly(recipient);
        assertThat(mail.cc()).isEmpty();
        assertThat(mail.bcc()).isEmpty();
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).isEqualTo(text);
        assertThat(mail.html()).isEqualTo(html);
    }

    /** As deployed: through the configuration set, tagged with the dossier and mail (a tag SES would refuse is left out). */
    @Test
    void a_mail_through_the_configuration_set_with_its_tags_is_taken() {
        Mailer configured = new SesMailer(() -> EMULATORS.aws().sesV2(), EMULATORS.mailFrom(),
                EMULATORS.backend().environment().get("MAIL_CONFIGURATION_SET"));

        String messageId = configured.send(new Mail(recipient, "Accusé", "Texte.", null),
                new Mailer.Tags("cX9f2Lm7Qa1Bz4Kp", "m8Fq2xK1a"));
        configured.send(new Mail(recipient, "Accusé", "Texte.", null), new Mailer.Tags("id with spaces", null));

        assertThat(EMULATORS.backend().environment().get("MAIL_CONFIGURATION_SET")).isNotBlank();
        assertThat(EMULATORS.mailsTo(recipient)).hasSize(2).first()
                .satisfies(mail -> assertThat(mail.messageId()).isEqualTo(messageId));
    }

    @Test
    void a_mail_with_a_calendar_invite_is_sent_raw_and_arrives_with_its_file() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:test@interconnectes.fr\r\nDTSTAMP:20271001T080000Z\r\n"
                + "SUMMARY:Audition – Annecy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        String subject = "« Convocation à la journée de sélection – Annecy »";
        String text = "Bonjour,\n\nVous êtes attendus le jeudi 14 octobre 2027 à 9 h 30.\n";

        String messageId = mailer.send(new Mail(recipient, subject, text, "<p>Vous êtes attendus à 9&nbsp;h&nbsp;30.</p>",
                List.of(new MailAttachment("convocation.ics", "text/calendar; method=REQUEST", ics))));

        assertThat(EMULATORS.mailsTo(recipient)).singleElement().satisfies(mail -> {
            assertThat(mail.messageId()).isEqualTo(messageId);
            assertThat(mail.from()).isEqualTo(EMULATORS.mailFrom());
            assertThat(mail.subject()).isEqualTo(subject);
            assertThat(mail.text()).isEqualToIgnoringNewLines(text);
            assertThat(mail.html()).contains("9&nbsp;h&nbsp;30");
            assertThat(mail.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("convocation.ics");
                assertThat(file.contentType()).isEqualTo("text/calendar");
                assertThat(file.content()).isEqualTo(ics);
            });
        });
    }

    @Test
    void a_mail_without_attachments_has_none() {
        mailer.send(new Mail(recipient, "Accusé de réception", "Texte", null));

        assertThat(EMULATORS.mailsTo(recipient)).singleElement()
                .satisfies(mail -> assertThat(mail.attachments()).isEmpty());
    }

    @Test
    void a_text_only_mail_has_no_html() {
        mailer.send(new Mail(recipient, "Accusé de réception", "Texte seul, sans HTML.", null));

        assertThat(EMULATORS.mailsTo(recipient)).singleElement().satisfies(mail -> {
            assertThat(mail.text()).isEqualTo("Texte seul, sans HTML.");
            assertThat(mail.html()).isNull();
        });
    }

    @Test
    void clearing_the_store_forgets_the_mails() {
        mailer.send(new Mail(recipient, "Sujet", "Texte", null));
        assertThat(EMULATORS.mailsTo(recipient)).hasSize(1);

        EMULATORS.clearMails();

        assertThat(EMULATORS.mailsTo(recipient)).isEmpty();
    }

    @Test
    void an_invalid_recipient_is_not_sent() {
        String invalid = "porteur-" + UUID.randomUUID().toString().substring(0, 8) + "@@collectivite";

        assertThatThrownBy(() -> mailer.send(new Mail(invalid, "Sujet", "Texte", "<p>HTML</p>")))
                .isInstanceOf(Mailer.MailNotSent.class);

        assertThat(EMULATORS.mailsTo(invalid)).isEmpty();
    }

    @Test
    void ses_down_is_mail_not_sent() {
        AwsClients down = new AwsClients(Environment.of(EMULATORS.environmentWith(
                Map.of(AwsClients.SES_ENDPOINT, "http://127.0.0.1:" + FreePort.find()))));
        Mailer unreachable = new SesMailer(down.sesV2(), EMULATORS.mailFrom());

        assertThatThrownBy(() -> unreachable.send(new Mail(recipient, "Sujet", "Texte", null)))
                .isInstanceOf(Mailer.MailNotSent.class)
                .hasCauseInstanceOf(SdkClientException.class);
        assertThat(EMULATORS.mailsTo(recipient)).isEmpty();
    }
}
