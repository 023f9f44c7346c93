package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Writes dossiers the {@link OptimisticWrite} way: a change is applied to the freshest stored dossier and written
 * only if nobody wrote in between. Applicants' and organisers' use cases all write dossiers through it.
 */
public record CandidacyWriter(Candidacies candidacies) {

    static final int ATTEMPTS = OptimisticWrite.ATTEMPTS;

    /** The dossier as stored now, or a 404 {@code candidacy_not_found}: the read a write starts from. */
    public Candidacy require(String candidacyId) {
        return candidacies.require(candidacyId);
    }

    /** @param change returns the dossier to store, or the same instance to store nothing */
    public Candidacy apply(Candidacy loaded, UnaryOperator<Candidacy> change) {
        return OptimisticWrite.apply(loaded, change, (BinaryOperator<Candidacy>) candidacies::update, () -> candidacies.require(loaded.id()));
    }
}
