package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;

/** The applicant reads their dossier. */
public record GetCandidacy(ApplicantAccess access, Campaigns campaigns, ApplicationForms forms) {

    public CandidacyView execute(String candidacyId, String authorization) {
        Candidacy candidacy = access.open(candidacyId, authorization);
        return forms.view(candidacy, campaigns.require(candidacy.campaignId()));
    }
}
