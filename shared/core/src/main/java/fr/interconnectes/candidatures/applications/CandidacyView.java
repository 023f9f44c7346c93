package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.selectionday.ApplicantSelectionDay;
import java.util.List;

/**
 * A dossier as its applicant sees it, with its campaign (for the deadline), what it still lacks, and what they
 * declared for the selection day (shown when they read their dossier).
 */
public record CandidacyView(Candidacy candidacy, Campaign campaign, List<FieldError> missing,
                            ApplicantSelectionDay selectionDay) {

    public CandidacyView(Candidacy candidacy, Campaign campaign, List<FieldError> missing) {
        this(candidacy, campaign, missing, ApplicantSelectionDay.none());
    }

    public CandidacyView withSelectionDay(ApplicantSelectionDay day) {
        return new CandidacyView(candidacy, campaign, missing, day);
    }
}
