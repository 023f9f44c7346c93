package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import java.util.List;

/** A dossier as its applicant sees it, with its campaign (for the deadline) and what it still lacks. */
public record CandidacyView(Candidacy candidacy, Campaign campaign, List<FieldError> missing) {
}
