package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.TOKEN;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import org.junit.jupiter.api.Test;

class GetCandidacyTest {

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final GetCandidacy getCandidacy = world.getCandidacy();

    @Test
    void the_applicant_reads_their_dossier_with_its_campaign_and_what_it_still_lacks() {
        Candidacy draft = world.draft("c1");

        CandidacyView view = getCandidacy.execute("c1", BEARER);

        assertThat(view.candidacy()).isEqualTo(draft);
        assertThat(view.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(view.missing()).extracting(FieldError::field)
                .contains("applicant.siren", "applicant.contact.name", "project.title", ApplicationForms.ATTACHMENTS);
    }

    @Test
    void a_dossier_ready_to_submit_lacks_nothing() {
        world.store(Fixtures.readyToSubmit("c1", TOKEN, Fixtures.DURING_CALL));

        assertThat(getCandidacy.execute("c1", BEARER).missing()).isEmpty();
    }

    @Test
    void without_a_bearer_token_it_is_unauthorized() {
        world.draft("c1");

        assertThat(refusal(() -> getCandidacy.execute("c1", null)).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(refusal(() -> getCandidacy.execute("c1", "Basic " + TOKEN)).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
    }

    @Test
    void a_wrong_token_and_a_dossier_that_does_not_exist_are_the_same_not_found() {
        world.draft("c1");

        assertThat(refusal(() -> getCandidacy.execute("c1", "Bearer someone-elses-token")).code())
                .isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(refusal(() -> getCandidacy.execute("c2", BEARER)).code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(refusal(() -> getCandidacy.execute("", BEARER)).code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
    }

    @Test
    void a_dossier_stays_readable_after_the_deadline_and_once_withdrawn() {
        world.store(world.draft("c1").withdrawn(Fixtures.DURING_CALL));
        world.clock().set(Fixtures.AFTER_DEADLINE);

        assertThat(getCandidacy.execute("c1", BEARER).candidacy().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
    }

    @Test
    void a_dossier_whose_campaign_is_gone_names_the_missing_campaign() {
        world.store(Fixtures.draft("c3", "gone-2019", Fixtures.bareLabelForm("a@b.fr"), TOKEN, Fixtures.DURING_CALL));

        assertThat(refusal(() -> getCandidacy.execute("c3", BEARER)).code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND);
    }
}
