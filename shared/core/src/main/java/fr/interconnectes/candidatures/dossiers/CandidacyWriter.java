package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.function.UnaryOperator;

/**
 * Applies a change to the freshest stored dossier, writing it only if nobody wrote in between, and
 * starting over from a fresh read when somebody did. A change that throws writes nothing. Public so that the
 * organisers' use cases write dossiers the same way.
 */
public record CandidacyWriter(Candidacies candidacies) {

    static final int ATTEMPTS = 6;

    /** The dossier as stored now, or a 404 {@code candidacy_not_found}: the read a write starts from. */
    public Candidacy require(String candidacyId) {
        return candidacies.require(candidacyId);
    }

    /** @param change returns the dossier to store, or the same instance to store nothing */
    public Candidacy apply(Candidacy loaded, UnaryOperator<Candidacy> change) {
        Candidacy current = loaded;
        for (int attempt = 1; ; attempt++) {
            Candidacy changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return candidacies.update(changed);
            } catch (Candidacies.StaleRevision stale) {
                if (attempt >= ATTEMPTS) {
                    throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
                }
                current = candidacies.require(loaded.id());
            }
        }
    }
}
