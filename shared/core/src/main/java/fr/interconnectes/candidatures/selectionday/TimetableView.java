package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import java.util.Map;
import java.util.Optional;

/** A campaign's selection day with the dossiers its slots name (for their summaries). */
public record TimetableView(Campaign campaign, SelectionDay day, Map<String, Candidacy> dossiers) {

    public TimetableView {
        dossiers = Map.copyOf(dossiers);
    }

    public Optional<Candidacy> dossier(String candidacyId) {
        return Optional.ofNullable(dossiers.get(candidacyId));
    }
}
