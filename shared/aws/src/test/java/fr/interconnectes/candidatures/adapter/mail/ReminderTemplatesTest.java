package fr.interconnectes.candidatures.adapter.mail;

import static fr.interconnectes.candidatures.testing.MailSamples.LINK;
import static fr.interconnectes.candidatures.testing.MailSamples.SUMMER;
import static fr.interconnectes.candidatures.testing.MailSamples.header;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.notifications.ReminderMail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code reminder} templates, French and English: deadline, what is missing, the link and the way out. */
class ReminderTemplatesTest {

    private static final String UNSUBSCRIBE = "https://candidatures.example.org/unsubscribe.html#d-123.signature";

    private final MustacheMailTemplates templates = new MustacheMailTemplates();

    private static ReminderMail reminder(Language language, String offset, List<String> missing) {
        return new ReminderMail(header(language), new ReminderOffset(offset), SUMMER, missing, LINK, UNSUBSCRIBE);
    }

    @Test
    void the_french_reminder_says_how_long_is_left_what_is_missing_and_how_to_stop_reminders() {
        var mail = templates.render(reminder(Language.FR, "P7D", List.of("Résumé du projet", "Partenaires")));

        assertThat(mail.subject()).startsWith("Rappel : plus que 7 jours pour déposer votre dossier – ");
        assertThat(mail.textBody()).contains("Date limite de dépôt : jeudi 10 octobre 2019 à 23 h 59 (heure de Paris)")
                .contains("il reste à compléter :\n- Résumé du projet\n- Partenaires")
                .contains(LINK).contains("Pour ne plus recevoir de rappels pour ce dossier : " + UNSUBSCRIBE);
        MustacheMailTemplatesTest.assertWellFormedHtml(mail, Language.FR);
        assertThat(mail.htmlBody()).contains("<li>Résumé du projet</li>").contains("href=\"" + UNSUBSCRIBE.replace("=", "&#61;"));
    }

    @Test
    void the_english_reminder_of_a_complete_draft_only_asks_to_submit_it() {
        var mail = templates.render(reminder(Language.EN, "PT6H", List.of()));

        assertThat(mail.subject()).startsWith("Reminder: 6 hours left to submit your application – ");
        assertThat(mail.textBody()).contains("Your application is complete: all that is left is to submit it.")
                .doesNotContain("still needs").contains("To stop receiving reminders");
        MustacheMailTemplatesTest.assertWellFormedHtml(mail, Language.EN);
        assertThat(templates.render(reminder(Language.FR, "P1D", List.of())).subject()).startsWith("Rappel : plus que 1 jour ");
    }
}
