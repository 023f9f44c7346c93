package fr.interconnectes.candidatures.adapter.mail;

import static fr.interconnectes.candidatures.domain.Language.EN;
import static fr.interconnectes.candidatures.domain.Language.FR;
import static fr.interconnectes.candidatures.testing.MailSamples.DEADLINE;
import static fr.interconnectes.candidatures.testing.MailSamples.FILES;
import static fr.interconnectes.candidatures.testing.MailSamples.LINK;
import static fr.interconnectes.candidatures.testing.MailSamples.ORG;
import static fr.interconnectes.candidatures.testing.MailSamples.PROJECT;
import static fr.interconnectes.candidatures.testing.MailSamples.RECEIPT;
import static fr.interconnectes.candidatures.testing.MailSamples.SELECTION;
import static fr.interconnectes.candidatures.testing.MailSamples.SUMMER;
import static fr.interconnectes.candidatures.testing.MailSamples.TITLE_EN;
import static fr.interconnectes.candidatures.testing.MailSamples.TITLE_FR;
import static fr.interconnectes.candidatures.testing.MailSamples.TO;
import static fr.interconnectes.candidatures.testing.MailSamples.TOKEN;
import static fr.interconnectes.candidatures.testing.MailSamples.WINTER;
import static fr.interconnectes.candidatures.testing.MailSamples.header;
import static fr.interconnectes.candidatures.testing.MailSamples.title;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.AccessLinkMail.Status;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.ConfirmationMail.Attachment;
import fr.interconnectes.candidatures.notifications.DecisionMail;
import fr.interconnectes.candidatures.notifications.DecisionMail.Outcome;
import fr.interconnectes.candidatures.notifications.ExpiredMail;
import fr.interconnectes.candidatures.notifications.MailHeader;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import fr.interconnectes.candidatures.port.Mailer.Mail;
import fr.interconnectes.candidatures.testing.MailSamples;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MustacheMailTemplatesTest {

    static final String ORG_HTML = "Ville &lt;de&gt; &quot;Test&quot; &amp; Co";
    /** How Mustache writes {@link MailSamples#LINK} in HTML ('=' is escaped too; browsers read it back). */
    static final String LINK_HTML = "https://candidatures.example.org/dossiers/d-123?token&#61;" + TOKEN;

    final MustacheMailTemplates templates = new MustacheMailTemplates();

    static ConfirmationMail confirmation(Language language, Instant submittedAt) {
        return new ConfirmationMail(header(language), RECEIPT, submittedAt, FILES, SELECTION, DEADLINE, LINK);
    }

    /** What every HTML body must be: a whole UTF-8 document in the mail's language, without images. */
    static void assertWellFormedHtml(Mail mail, Language language) {
        String html = mail.htmlBody();
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"" + language.code() + "\">")
                .contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")
                .contains("<title>")
                .doesNotContainIgnoringCase("<img")
                .doesNotContain("{{").doesNotContain("}}")
                .endsWith("</html>\n");
        assertThat(mail.textBody()).doesNotContain("{{").doesNotContain("<p");
        assertThat(mail.subject()).doesNotContain("\n").doesNotContain("{{").isEqualTo(mail.subject().strip());
        assertThat(mail.to()).isEqualTo(TO);
        if (language == EN) {
            assertThat(mail.textBody()).endsWith("Kind regards,\nThe Interconnectés team\n");
            assertThat(html).contains("Kind regards,<br>The Interconnectés team");
        } else {
            assertThat(mail.textBody()).endsWith("Bien cordialement,\nL'équipe des Interconnectés\n");
            assertThat(html).contains("Bien cordialement,<br>L'équipe des Interconnectés");
        }
    }

    /** The organisation is written as is in the text and escaped in the HTML. */
    static void assertOrganisation(Mail mail) {
        assertThat(mail.textBody()).contains(ORG).doesNotContain(ORG_HTML);
        assertThat(mail.htmlBody()).contains(ORG_HTML).doesNotContain(ORG).doesNotContain("<de>");
    }

    /** The token is only ever part of the link. */
    static void assertTokenOnlyInLink(Mail mail) {
        assertThat(mail.subject()).doesNotContain(TOKEN);
        assertThat(count(mail.textBody(), TOKEN)).isEqualTo(count(mail.textBody(), LINK)).isPositive();
        assertThat(count(mail.htmlBody(), TOKEN)).isEqualTo(count(mail.htmlBody(), LINK_HTML)).isPositive();
        assertThat(mail.htmlBody()).contains("href=\"" + LINK_HTML + "\"");
    }

    static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Nested
    class Confirmation {

        @Test
        void in_french() {
            Mail mail = templates.render(confirmation(FR, SUMMER));

            assertThat(mail.subject()).isEqualTo(
                    "Candidature reçue – Label Territoires Innovants 2019 – Auvergne-Rhône-Alpes – n° ARA-2019-L-0042");
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body)
                        .contains("reçu")
                        .contains("Auvergne-Rhône-Alpes")
                        .contains("Tiers-lieu numérique « La Fabrique »")
                        .contains(RECEIPT)
                        .contains("jeudi 10 octobre 2019 à 23 h 59 (heure de Paris)")
                        .contains("dossier-candidature.pdf (1,2 Mo)")
                        .contains("budget prévisionnel.ods (337 ko)")
                        .contains("logo.png (512 octets)")
                        .contains("jeudi 17 octobre 2019, Annecy")
                        .contains("mardi 15 octobre 2019 à 23 h 59 (heure de Paris)")
                        .contains("il reste déposé");
            }
            assertThat(mail.textBody())
                    .contains("Numéro de dépôt : ARA-2019-L-0042\n")
                    .contains("- dossier-candidature.pdf (1,2 Mo)\n- budget prévisionnel.ods (337 ko)\n- logo.png (512 octets)\n")
                    .contains("Sélection régionale : jeudi 17 octobre 2019, Annecy\n")
                    .contains("\n" + LINK + "\n");
            assertThat(mail.htmlBody()).contains("<li>dossier-candidature.pdf (1,2 Mo)</li>");
        }

        @Test
        void in_english() {
            Mail mail = templates.render(confirmation(EN, SUMMER));

            assertThat(mail.subject()).isEqualTo(
                    "Application received – Innovative Territories Label 2019 – Auvergne-Rhône-Alpes – No. ARA-2019-L-0042");
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body)
                        .contains("Auvergne-Rhône-Alpes")
                        .contains("Tiers-lieu numérique « La Fabrique »")
                        .contains(RECEIPT)
                        .contains("Thursday 10 October 2019 at 11:59 pm (Paris time)")
                        .contains("dossier-candidature.pdf (1.2 MB)")
                        .contains("budget prévisionnel.ods (337 kB)")
                        .contains("logo.png (512 bytes)")
                        .contains("Thursday 17 October 2019, Annecy")
                        .contains("Tuesday 15 October 2019 at 11:59 pm (Paris time)")
                        .contains("it stays submitted");
            }
        }

        @Test
        void winter_time_in_both_languages() {
            assertThat(templates.render(confirmation(FR, WINTER)).textBody())
                    .contains("Déposée le : jeudi 16 janvier 2020 à 23 h 59 (heure de Paris)");
            assertThat(templates.render(confirmation(EN, WINTER)).textBody())
                    .contains("Submitted on: Thursday 16 January 2020 at 11:59 pm (Paris time)");
        }

        @Test
        void another_zone_is_honoured() {
            ConfirmationMail reunion = new ConfirmationMail(
                    new MailHeader(TO, FR, ZoneId.of("Indian/Reunion"), TITLE_FR, ORG, PROJECT),
                    RECEIPT, Instant.parse("2019-10-10T19:59:00Z"), FILES, SELECTION, DEADLINE, LINK);
            assertThat(templates.render(reunion).textBody())
                    .contains("jeudi 10 octobre 2019 à 23 h 59 (heure de La Réunion)");
        }

        @Test
        void without_attachments_nor_selection_yet() {
            for (Language language : Language.values()) {
                ConfirmationMail model = new ConfirmationMail(header(language), RECEIPT, SUMMER, List.of(), null,
                        DEADLINE, LINK);
                Mail mail = templates.render(model);
                assertWellFormedHtml(mail, language);
                if (language == FR) {
                    assertThat(mail.textBody()).contains("Pièces jointes :\n- aucune\n")
                            .contains("la date et le lieu vous seront communiqués prochainement");
                    assertThat(mail.htmlBody()).contains("Aucune.").doesNotContain("<ul");
                } else {
                    assertThat(mail.textBody()).contains("Attachments:\n- none\n")
                            .contains("the date and place will be announced soon");
                    assertThat(mail.htmlBody()).contains("None.").doesNotContain("<ul");
                }
            }
        }

        @Test
        void a_file_name_is_escaped_in_html_only() {
            ConfirmationMail model = new ConfirmationMail(header(FR), RECEIPT, SUMMER,
                    List.of(new Attachment("<script>alert(1)</script>.pdf", 10)), SELECTION, DEADLINE, LINK);
            Mail mail = templates.render(model);
            assertThat(mail.textBody()).contains("- <script>alert(1)</script>.pdf (10 octets)");
            assertThat(mail.htmlBody()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;.pdf");
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void in_french() {
            Mail mail = templates.render(new WithdrawalMail(header(FR), RECEIPT, WINTER, LINK));

            assertThat(mail.subject()).isEqualTo("Candidature retirée – " + TITLE_FR + " – n° " + RECEIPT);
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("retirée le").contains("jeudi 16 janvier 2020 à 23 h 59 (heure de Paris)")
                        .contains(PROJECT).contains(RECEIPT).contains("Auvergne-Rhône-Alpes");
            }
        }

        @Test
        void in_english() {
            Mail mail = templates.render(new WithdrawalMail(header(EN), RECEIPT, SUMMER, LINK));

            assertThat(mail.subject()).isEqualTo("Application withdrawn – " + TITLE_EN + " – No. " + RECEIPT);
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("withdrawn on").contains("Thursday 10 October 2019 at 11:59 pm (Paris time)")
                        .contains(PROJECT).contains(RECEIPT);
            }
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void a_draft_has_no_receipt_number(Language language) {
            Mail mail = templates.render(
                    new WithdrawalMail(header(language), " ", SUMMER, LINK));
            assertThat(mail.subject()).isEqualTo(
                    (language == FR ? "Candidature retirée – " : "Application withdrawn – ") + title(language));
            assertThat(mail.textBody()).doesNotContain("Numéro de dépôt").doesNotContain("Receipt number")
                    .contains(language == FR ? "Projet : " + PROJECT + "\n\n" : "Project: " + PROJECT + "\n\n");
            assertThat(mail.htmlBody()).doesNotContain("Numéro de dépôt").doesNotContain("Receipt number");
        }
    }

    @Nested
    class AccessLink {

        @Test
        void in_french() {
            Mail mail = templates.render(new AccessLinkMail(header(FR), Status.SUBMITTED, RECEIPT, DEADLINE, LINK));

            assertThat(mail.subject()).isEqualTo("Votre lien d'accès – " + TITLE_FR);
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains(PROJECT).contains("déposé").contains(RECEIPT)
                        .contains("mardi 15 octobre 2019 à 23 h 59 (heure de Paris)")
                        .contains("Si vous n'avez pas fait cette demande, vous pouvez ignorer ce message");
            }
            assertThat(mail.textBody()).contains("État du dossier : déposé\n");
        }

        @Test
        void in_english() {
            Mail mail = templates.render(new AccessLinkMail(header(EN), Status.DRAFT, null, null, LINK));

            assertThat(mail.subject()).isEqualTo("Your access link – " + TITLE_EN);
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            assertTokenOnlyInLink(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains(PROJECT).contains("draft, not submitted yet")
                        .contains("If you did not ask for this, you can ignore this message")
                        .doesNotContain("Receipt number").doesNotContain("Call closes on");
            }
            assertThat(mail.textBody()).contains("Status: draft, not submitted yet\n\n");
        }

        @Test
        void every_status_has_a_label_in_both_languages() {
            for (Status status : Status.values()) {
                for (Language language : Language.values()) {
                    Mail mail = templates.render(new AccessLinkMail(header(language), status, null, null, LINK));
                    assertThat(mail.textBody()).contains(status.label(language));
                }
                assertThat(status.label(FR)).isNotEqualTo(status.label(EN));
            }
            assertThat(Status.WITHDRAWN.label(FR)).isEqualTo("retiré");
        }
    }

    @Nested
    class Expired {

        @Test
        void in_french() {
            Mail mail = templates.render(new ExpiredMail(header(FR), WINTER));

            assertThat(mail.subject()).isEqualTo("Appel clos, dossier non déposé – " + TITLE_FR);
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("jeudi 16 janvier 2020 à 23 h 59 (heure de Paris)").contains(PROJECT)
                        .contains("brouillon").contains("Auvergne-Rhône-Alpes");
            }
        }

        @Test
        void in_english() {
            Mail mail = templates.render(new ExpiredMail(header(EN), SUMMER));

            assertThat(mail.subject()).isEqualTo("Call closed, application not submitted – " + TITLE_EN);
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("Thursday 10 October 2019 at 11:59 pm (Paris time)").contains(PROJECT)
                        .contains("draft");
            }
        }
    }

    @Nested
    class Decision {

        static final String FORUM_FR = "Forum national des Interconnectés, 12 et 13 décembre 2019, Lyon";
        static final String FORUM_EN = "Interconnectés national forum, 12-13 December 2019, Lyon";
        static final String MESSAGE = "Merci à toutes les équipes.\n\nRendez-vous <bientôt> & à très vite !";

        @Test
        void finalist_in_french() {
            Mail mail = templates.render(new DecisionMail(header(FR), Outcome.FINALIST, FORUM_FR, MESSAGE));

            assertThat(mail.subject()).isEqualTo("Décision du jury – " + TITLE_FR);
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("Félicitations").contains("finalistes").contains(FORUM_FR).contains(PROJECT)
                        .contains("Message des organisateurs").doesNotContain("pas été retenu");
            }
            assertThat(mail.textBody()).contains(MESSAGE);
            assertThat(mail.htmlBody())
                    .contains(">Merci à toutes les équipes.</p>")
                    .contains(">Rendez-vous &lt;bientôt&gt; &amp; à très vite !</p>");
        }

        @Test
        void finalist_in_english() {
            Mail mail = templates.render(new DecisionMail(header(EN), Outcome.FINALIST, FORUM_EN, null));

            assertThat(mail.subject()).isEqualTo("Jury decision – " + TITLE_EN);
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("Congratulations").contains("finalist").contains(FORUM_EN)
                        .contains(PROJECT).doesNotContain("message from the organisers");
            }
        }

        @Test
        void finalist_without_forum_details_yet() {
            Mail mail = templates.render(new DecisionMail(header(FR), Outcome.FINALIST, null, null));
            assertThat(mail.textBody()).contains("Félicitations").doesNotContain("forum national");
            assertThat(mail.htmlBody()).doesNotContain("forum national");
        }

        @Test
        void not_selected_in_french() {
            Mail mail = templates.render(new DecisionMail(header(FR), Outcome.NOT_SELECTED, FORUM_FR, MESSAGE));

            assertThat(mail.subject()).isEqualTo("Décision du jury – " + TITLE_FR);
            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("n'a pas été retenu").contains(PROJECT).contains("Auvergne-Rhône-Alpes")
                        .doesNotContain("Félicitations").doesNotContain(FORUM_FR)
                        .contains("Message des organisateurs");
            }
        }

        @Test
        void not_selected_in_english() {
            Mail mail = templates.render(new DecisionMail(header(EN), Outcome.NOT_SELECTED, null, "Thank you all."));

            assertThat(mail.subject()).isEqualTo("Jury decision – " + TITLE_EN);
            assertWellFormedHtml(mail, EN);
            assertOrganisation(mail);
            for (String body : List.of(mail.textBody(), mail.htmlBody())) {
                assertThat(body).contains("has not been selected").contains(PROJECT)
                        .doesNotContain("Congratulations").contains("Thank you all.");
            }
        }
    }

    @Nested
    class Models {

        @Test
        void language_defaults_to_french_and_zone_to_paris() {
            ConfirmationMail model = new ConfirmationMail(new MailHeader(TO, null, null, TITLE_FR, ORG, PROJECT),
                    RECEIPT, SUMMER, null, SELECTION, DEADLINE, LINK);
            assertThat(model.language()).isEqualTo(FR);
            assertThat(model.header().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(model.attachments()).isEmpty();
            assertThat(templates.render(model).subject()).startsWith("Candidature reçue");
        }

        @Test
        void the_subject_stays_on_one_line() {
            Mail mail = templates.render(new ExpiredMail(
                    new MailHeader(TO, FR, null, "Label\r\nBcc: x@example.org", ORG, PROJECT), SUMMER));
            assertThat(mail.subject()).isEqualTo("Appel clos, dossier non déposé – Label Bcc: x@example.org");
        }
    }

    @Nested
    class JurorReminder {

        private Mail reminder(Language language) {
            return templates.render(new fr.interconnectes.candidatures.notifications.JurorReminderMail(
                    new MailHeader(TO, language, null, language == EN ? "Label 2027" : "Label 2027 — ARA", null, null),
                    "Sophie Girard", java.time.LocalDate.of(2027, 10, 17), java.util.List.of(
                    new fr.interconnectes.candidatures.notifications.JurorReminderMail.Dossier("ARA-2027-L-0002", ORG, PROJECT))));
        }

        @Test
        void in_french() {
            Mail mail = reminder(FR);

            assertWellFormedHtml(mail, FR);
            assertOrganisation(mail);
            assertThat(mail.subject()).isEqualTo("1 dossier(s) à noter – Label 2027 — ARA");
            assertThat(mail.textBody()).contains("Bonjour Sophie Girard,", "dimanche 17 octobre 2027",
                    "- ARA-2027-L-0002 – " + ORG + " – " + PROJECT);
        }

        @Test
        void in_english() {
            Mail mail = reminder(EN);

            assertWellFormedHtml(mail, EN);
            assertThat(mail.subject()).isEqualTo("1 dossier(s) to score – Label 2027");
            assertThat(mail.textBody()).contains("Hello Sophie Girard,", "Sunday 17 October 2027", "ARA-2027-L-0002");
        }
    }
}
