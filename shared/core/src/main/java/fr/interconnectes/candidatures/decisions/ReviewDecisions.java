package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.dossiers.Dossiers;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.List;

/**
 * Before sending: every submitted dossier of the campaign with its decision (none, pending or sent), the counts,
 * and what {@link SendDecisions} would do now. Read from the campaign index, which may lag a write by a moment
 * on DynamoDB (sending reads each dossier itself).
 */
public record ReviewDecisions(Campaigns campaigns, Candidacies candidacies) {

    public Review execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        List<Candidacy> submitted = candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).stream()
                .sorted(Dossiers.BY_RECEIPT)
                .toList();
        return new Review(campaign, submitted);
    }

    /** The submitted dossiers, in receipt order, and what can be counted on them. */
    public record Review(Campaign campaign, List<Candidacy> dossiers) {

        public Review {
            dossiers = List.copyOf(dossiers);
        }

        public long undecided() {
            return dossiers.stream().filter(c -> c.decision() == null).count();
        }

        public long pending() {
            return dossiers.stream().filter(c -> c.decision() != null && c.decision().pending()).count();
        }

        public long sent() {
            return dossiers.stream().filter(c -> c.decision() != null && !c.decision().pending()).count();
        }

        public long pending(Decision.Outcome outcome) {
            return dossiers.stream().filter(c -> c.decision() != null && c.decision().pending()
                    && c.decision().outcome() == outcome).count();
        }

        public long sent(Decision.Outcome outcome) {
            return dossiers.stream().filter(c -> c.decision() != null && !c.decision().pending()
                    && c.decision().outcome() == outcome).count();
        }

        /** Sending now records one mail per pending decision, and nothing for the others. */
        public long mailsToSend() {
            return pending();
        }
    }
}
