package fr.interconnectes.candidatures.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import org.junit.jupiter.api.Test;

/** The fixtures mean what their names say, so the use-case tests built on them test what they claim. */
class FixturesTest {

    private final ApplicationForms forms = new ApplicationForms();

    @Test
    void aDossierReadyToSubmitLacksNothing() {
        assertThat(forms.missingForSubmission(Fixtures.readyToSubmit("c1", "t", Fixtures.DURING_CALL))).isEmpty();
    }

    @Test
    void aBareDraftLacksTheProjectAndAFile() {
        var missing = forms.missingForSubmission(Fixtures.draft("c2", Fixtures.LABEL_CAMPAIGN,
                Fixtures.bareLabelForm("maire@annecy.fr"), "t", Fixtures.DURING_CALL));
        assertThat(missing).extracting(FieldError::field).contains("project.title", "attachments");
    }

    @Test
    void theDraftOpensWithItsToken() {
        var draft = Fixtures.draft("c3", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "secret-token",
                Fixtures.DURING_CALL);
        assertThat(AccessTokens.matches("secret-token", draft.accessTokenHashes())).isTrue();
        assertThat(AccessTokens.matches("other", draft.accessTokenHashes())).isFalse();
    }

    @Test
    void theLabelCampaignIsOpenDuringTheCallOnly() {
        var campaign = Fixtures.labelCampaign();
        assertThat(campaign.statusAt(Fixtures.DURING_CALL).code()).isEqualTo("open");
        assertThat(campaign.statusAt(Fixtures.AFTER_DEADLINE).code()).isEqualTo("closed");
        assertThat(Fixtures.nationalLabelCampaign().acceptsApplications()).isFalse();
    }
}
