package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.selectionday.ApplicantSelectionDay;

/** The applicant reads their dossier, with what they declared for the selection day. */
public record GetCandidacy(ApplicantAccess access, Campaigns campaigns, ApplicationForms forms,
                           Availabilities availabilities) {

    public CandidacyView execute(String candidacyId, String authorization) {
        Candidacy candidacy = access.open(candidacyId, authorization);
        return forms.view(candidacy, campaigns.require(candidacy.campaignId()))
                .withSelectionDay(new ApplicantSelectionDay(availabilities.find(candidacy.id()).orElse(null)));
    }
}
