package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Organisers of the campaign record the jury's outcome for a submitted dossier, or clear it, as long as it was
 * not sent: the decision stays pending (nobody is told) until {@link SendDecisions}.
 */
public record RecordDecision(Campaigns campaigns, CandidacyWriter writer, Audit audit, Clock clock) {

    /** Longest note to the applicant, in characters. */
    public static final int MAX_MESSAGE = 2000;

    /** @param message an optional note to the applicant, written in their mail (at most {@value #MAX_MESSAGE} characters) */
    public record Command(String candidacyId, Decision.Outcome outcome, String message) {

        public Command {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public DecisionView record(Principal caller, Command command) {
        Candidacy loaded = writer.require(command.candidacyId());
        Campaign campaign = campaigns.require(loaded.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        Instant now = clock.instant();
        Candidacy stored = writer.apply(loaded, current -> {
            requireOpenToDecision(current);
            return current.withDecision(new Decision(command.outcome(), command.message(), caller.sub(), now, null));
        });
        audit.record(caller, campaign.id(), stored.id(), "decision.recorded", "outcome", command.outcome().code(),
                "messageLength", command.message() == null ? 0 : command.message().length());
        return new DecisionView(stored, campaign);
    }

    /** Removes a pending decision; nothing to do when there is none. */
    public DecisionView clear(Principal caller, String candidacyId) {
        Candidacy loaded = writer.require(candidacyId);
        Campaign campaign = campaigns.require(loaded.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        String[] previous = {null};
        Candidacy stored = writer.apply(loaded, current -> {
            previous[0] = null;
            if (current.decision() == null) {
                return current;
            }
            AdminDossiers.requireDecisionNotSent(current);
            previous[0] = current.decision().outcome().code();
            return current.withDecision(null);
        });
        audit.record(caller, campaign.id(), stored.id(), "decision.cleared",
                "previousOutcome", previous[0] == null ? "none" : previous[0]);
        return new DecisionView(stored, campaign);
    }

    /** Only a submitted dossier takes a decision, and only until it is sent. */
    static void requireOpenToDecision(Candidacy candidacy) {
        AdminDossiers.requireDecisionNotSent(candidacy);
        AdminDossiers.requireSubmitted(candidacy);
    }
}
