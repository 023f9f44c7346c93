package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.Project;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stored shape of a dossier's form (once the Jackson form of ApplicationForm, now its mapper's). */
class ApplicationFormDocumentTest {

    /** What the form parser makes of a valid label request body (phone in E.164, no SIRET). */
    static ApplicationForm label() {
        return new ApplicationForm(
                new Applicant("Ville de Paris", OrganisationKind.COMMUNE, "217500016", null,
                        new Contact("Camille Martin", "Cheffe de projet numérique", "camille.martin@ville-exemple.fr",
                                "+33123456789")),
                new LabelProject("Plateforme citoyenne de signalement",
                        "Une application pour signaler les incidents de voirie.", "Première ligne.\nDeuxième ligne.",
                        ProjectStage.EN_COURS, "Métropole, associations de quartier",
                        "Ateliers de co-conception avec les habitants", "Code ouvert, API standard",
                        "Délai de traitement divisé par deux"),
                Language.FR);
    }

    /** What the form parser makes of a valid start-up request body. */
    static ApplicationForm startup() {
        return new ApplicationForm(
                new Applicant("Startup SAS", OrganisationKind.STARTUP, "732829320", null,
                        new Contact("Alex Durand", "CEO", "alex@startup.io", "+33612345678")),
                new StartupProject("Capteurs de qualité de l'air", "Des capteurs bon marché pour les écoles.",
                        "Nous fabriquons des capteurs.", "https://startup.io", 2019,
                        "Suivi de l'air dans les écoles d'une commune"),
                Language.EN);
    }

    static ApplicationForm valid(Track track) {
        return track == Track.LABEL ? label() : startup();
    }

    private static String write(ApplicationForm form) {
        return ApplicationFormDocument.write(form).render();
    }

    private static ApplicationForm read(String json) {
        return ApplicationFormDocument.read(DocumentReader.parse(json, ApplicationFormDocument.FORM, "form"));
    }

    private static JsonNode tree(ApplicationForm form) throws IOException {
        return GoldenItems.JSON.readTree(write(form));
    }

    @ParameterizedTest
    @EnumSource(Track.class)
    void a_stored_document_reads_back_equal(Track track) {
        ApplicationForm form = valid(track);

        ApplicationForm read = read(write(form));

        assertThat(read).isEqualTo(form);
        assertThat(read.project()).isInstanceOf(track == Track.LABEL ? LabelProject.class : StartupProject.class);
    }

    @ParameterizedTest
    @EnumSource(Track.class)
    void a_stored_draft_reads_back_equal(Track track) {
        Project project = track == Track.LABEL
                ? new LabelProject("Titre", null, null, null, null, null, null, null)
                : new StartupProject("Titre", null, null, null, null, null);
        ApplicationForm draft = new ApplicationForm(
                new Applicant("Org", null, null, null, new Contact("Jo", null, "jo@example.fr", null)),
                project, Language.EN);

        assertThat(read(write(draft))).isEqualTo(draft);
    }

    @Test
    void the_stored_document_uses_codes_carries_the_track_and_leaves_out_missing_values() throws IOException {
        JsonNode document = tree(label());

        assertThat(document.at("/language").asText()).isEqualTo("fr");
        assertThat(document.at("/applicant/kind").asText()).isEqualTo("commune");
        assertThat(document.at("/applicant/siret").isMissingNode()).isTrue();
        assertThat(document.at("/applicant/contact/phone").asText()).isEqualTo("+33123456789");
        assertThat(document.at("/project/track").asText()).isEqualTo("label");
        assertThat(document.at("/project/stage").asText()).isEqualTo("en_cours");
        assertThat(tree(startup()).at("/project/foundingYear").isInt()).isTrue();
        assertThat(tree(startup()).at("/project/track").asText()).isEqualTo("startup");
    }

    /** The label form's document, {@code text} replaced, is refused for what is at {@code where}. */
    private static void assertLabelRefused(String text, String replacement, String where) {
        String json = write(label());
        assertThat(json).contains(text);

        assertThatThrownBy(() -> read(json.replace(text, replacement)))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining(where);
    }

    @Test
    void a_document_with_an_unknown_track_or_language_is_refused() {
        assertLabelRefused("\"label\"", "\"prize\"", "form.project.track");
        assertLabelRefused("\"language\":\"fr\"", "\"language\":\"de\"", "form.language");
    }

    @Test
    void a_project_without_its_track_or_with_the_other_tracks_fields_is_refused() {
        assertLabelRefused("\"track\":\"label\",", "", "form.project.track");
        assertLabelRefused("\"track\":\"label\"", "\"track\":\"startup\"", "form.project.stage");
    }

    @Test
    void codes_read_in_any_case_as_the_jackson_form_read_the_language() {
        String json = write(label()).replace("\"language\":\"fr\"", "\"language\":\"EN\"");

        assertThat(read(json).language()).isEqualTo(Language.EN);
    }

    @Test
    void a_form_without_applicant_or_language_reads_as_an_empty_applicant_in_french() {
        ApplicationForm read = read("{\"project\":{\"track\":\"startup\",\"title\":\"Titre\"}}");

        assertThat(read).isEqualTo(new ApplicationForm(null,
                new StartupProject("Titre", null, null, null, null, null), null));
        assertThat(read.language()).isEqualTo(Language.FR);
    }
}
