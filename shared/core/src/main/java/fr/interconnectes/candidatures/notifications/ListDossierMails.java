package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;

/**
 * Organisers of a dossier's campaign read what its applicant was sent: when, to whom, what the mail service said,
 * and whether mail reaches the applicant at all.
 */
public record ListDossierMails(Campaigns campaigns, Candidacies candidacies) {

    /** The dossier (its outbox and its contact's mailing state) and its campaign, for the answer's zone. */
    public record Mails(Candidacy candidacy, Campaign campaign) {
    }

    public Mails execute(Principal caller, String candidacyId) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        return new Mails(candidacy, campaign);
    }
}
