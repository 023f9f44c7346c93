package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private static ApplicationForm startup(String organisation, String title, Integer foundingYear) {
        return new ApplicationForm(
                new Applicant(organisation, OrganisationKind.STARTUP, "732829320", null,
                        new Contact("Alex Durand", null, "alex@startup.io", null)),
                new StartupProject(title, null, null, null, foundingYear, null), Language.EN);
    }

    @Test
    void the_text_has_the_track_then_every_value_with_keys_in_order() {
        assertThat(CanonicalForm.text(startup("Startup SAS", "Capteurs \"air\"", 2019))).isEqualTo("startup\n"
                + "{\"applicant\":{\"contact\":{\"email\":\"alex@startup.io\",\"name\":\"Alex Durand\"},"
                + "\"kind\":\"startup\",\"organisation\":\"Startup SAS\",\"siren\":\"732829320\"},"
                + "\"language\":\"en\",\"project\":{\"foundingYear\":2019,\"title\":\"Capteurs \\\"air\\\"\"}}");
    }

    @Test
    void equal_forms_give_the_same_text_and_different_forms_different_texts() {
        assertThat(CanonicalForm.text(startup("Startup SAS", "Titre", 2019)))
                .isEqualTo(CanonicalForm.text(startup("Startup SAS", "Titre", 2019)))
                .isNotEqualTo(CanonicalForm.text(startup("Startup SAS", "Titre", 2020)))
                .isNotEqualTo(CanonicalForm.text(startup("Startup SAS", "Titre", null)))
                .isNotEqualTo(CanonicalForm.text(startup("Startup SAS", "Titre 2", 2019)));
    }

    @Test
    void quotes_in_a_value_cannot_pass_for_another_field() {
        assertThat(CanonicalForm.text(startup("A\",\"siren\":\"1", "Titre", null)))
                .isNotEqualTo(CanonicalForm.text(startup("A", "Titre", null)))
                .contains("\"organisation\":\"A\\\",\\\"siren\\\":\\\"1\"");
    }

    @Test
    void the_same_values_on_another_track_give_another_text() {
        ApplicationForm label = new ApplicationForm(null,
                new LabelProject("Titre", null, null, null, null, null, null, null), Language.FR);
        ApplicationForm startup = new ApplicationForm(null,
                new StartupProject("Titre", null, null, null, null, null), Language.FR);

        assertThat(CanonicalForm.text(label)).isNotEqualTo(CanonicalForm.text(startup));
    }
}
