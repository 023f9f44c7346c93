package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import java.util.Comparator;

/** How organisers see a campaign's dossiers in order. */
public final class Dossiers {

    /** Submitted dossiers in receipt order (the order they were filed), then by id. */
    public static final Comparator<Candidacy> BY_RECEIPT = Comparator
            .comparing((Candidacy c) -> c.receipt() == null ? "" : c.receipt().number())
            .thenComparing(Candidacy::id);

    private Dossiers() {
    }
}
