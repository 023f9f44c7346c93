package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;

/** A dossier as organisers see its decision: the stored dossier and its campaign. */
public record DecisionView(Candidacy candidacy, Campaign campaign) {

    /** {@code none}, {@code pending} (recorded, not told yet) or {@code sent} (its mail is recorded). */
    public String state() {
        return state(candidacy);
    }

    public static String state(Candidacy candidacy) {
        if (candidacy.decision() == null) {
            return "none";
        }
        return candidacy.decision().pending() ? "pending" : "sent";
    }
}
