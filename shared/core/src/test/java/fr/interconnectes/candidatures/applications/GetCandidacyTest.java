package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.api.Test;

class GetCandidacyTest {

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign());
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final GetCandidacy getCandidacy = new GetCandidacy(new ApplicantAccess(candidacies), campaigns,
            new ApplicationForms(new TestClock(Fixtures.DURING_CALL)));

    @Test
    void the_applicant_reads_their_dossier_with_its_campaign_and_nothing_missing_when_complete() {
        Candidacy ready = candidacies.put(Fixtures.readyToSubmit("c1", "t1", Fixtures.DURING_CALL));

        CandidacyView view = getCandidacy.execute("c1", "Bearer t1");

        assertThat(view.candidacy()).isEqualTo(ready);
        assertThat(view.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(view.missing()).isEmpty();
        assertThat(candidacies.updates()).as("reading writes nothing").isZero();
    }

    @Test
    void a_bare_draft_lists_what_its_submission_still_lacks() {
        candidacies.put(Fixtures.draft("c2", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("maire@annecy.fr"), "t2",
                Fixtures.DURING_CALL));

        CandidacyView view = getCandidacy.execute("c2", "Bearer t2");

        assertThat(view.missing()).extracting(FieldError::field).contains("project.title", ApplicationForms.ATTACHMENTS);
        assertThat(view.missing()).extracting(FieldError::code).containsOnly("required");
    }

    @Test
    void only_with_the_dossiers_token() {
        candidacies.put(Fixtures.readyToSubmit("c1", "t1", Fixtures.DURING_CALL));

        refused(ErrorCode.UNAUTHORIZED, () -> getCandidacy.execute("c1", null));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> getCandidacy.execute("c1", "Bearer t2"));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> getCandidacy.execute("cDoesNotExist00", "Bearer t1"));
    }

    @Test
    void a_dossier_whose_campaign_is_gone_names_the_missing_campaign() {
        candidacies.put(Fixtures.draft("c3", "gone-2019", Fixtures.bareLabelForm("a@b.fr"), "t3", Fixtures.DURING_CALL));

        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> getCandidacy.execute("c3", "Bearer t3"));
    }
}
