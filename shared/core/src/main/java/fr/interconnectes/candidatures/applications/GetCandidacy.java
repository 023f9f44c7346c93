package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;

/** The applicant reads their dossier. */
public final class GetCandidacy {

    private final ApplicantAccess access;
    private final Campaigns campaigns;
    private final ApplicationForms forms;

    public GetCandidacy(ApplicantAccess access, Campaigns campaigns, ApplicationForms forms) {
        this.access = access;
        this.campaigns = campaigns;
        this.forms = forms;
    }

    public CandidacyView execute(String candidacyId, String authorization) {
        Candidacy candidacy = access.open(candidacyId, authorization);
        var campaign = campaigns.require(candidacy.campaignId());
        return new CandidacyView(candidacy, campaign, forms.missingForSubmission(candidacy));
    }
}
