package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Track;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationFieldsTest {

    @Test
    void label_project_fields() {
        assertThat(ApplicationFields.projectFields(Track.LABEL)).containsExactly("project.title",
                "project.summary", "project.description", "project.stage", "project.partners",
                "project.userInvolvement", "project.pooling", "project.returnOnInvestment");
    }

    @Test
    void startup_project_fields() {
        assertThat(ApplicationFields.projectFields(Track.STARTUP)).containsExactly("project.title",
                "project.summary", "project.description", "project.website", "project.foundingYear",
                "project.territorialUseCase");
    }

    @ParameterizedTest
    @EnumSource(Track.class)
    void project_fields_are_the_record_components(Track track) {
        Class<?> type = track == Track.LABEL ? LabelProject.class : StartupProject.class;
        assertThat(ApplicationFields.projectFields(track).stream().map(ApplicationFields::key))
                .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void required_to_save_is_the_minimum_of_a_draft() {
        for (Track track : Track.values()) {
            assertThat(ApplicationFields.requiredToSave(track)).containsExactly("applicant.organisation",
                    "applicant.kind", "applicant.contact.name", "applicant.contact.email", "project.title");
        }
    }

    @ParameterizedTest
    @EnumSource(Track.class)
    void required_to_submit_is_every_field_but_siret_and_language(Track track) {
        List<String> required = ApplicationFields.requiredToSubmit(track);

        assertThat(required).containsAll(ApplicationFields.requiredToSave(track))
                .contains("applicant.siren", "applicant.contact.role", "applicant.contact.phone")
                .containsAll(ApplicationFields.projectFields(track))
                .doesNotContain("applicant.siret", "language");
        assertThat(ApplicationFields.all(track)).containsAll(required).endsWith("language");
    }
}
