package fr.interconnectes.candidatures.domain;

import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import java.util.Objects;

/**
 * A project the jury of a round retained, as the palmarès shows it to anyone: the organisation, its kind and the
 * project; never a person, an address, an e-mail or a score.
 */
public record Laureate(String organisation, OrganisationKind kind, String projectTitle, String summary) {

    public Laureate {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(projectTitle, "projectTitle");
    }
}
