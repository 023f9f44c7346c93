package fr.interconnectes.candidatures.selectionday;

/**
 * What the applicant's own dossier shows of the selection day: the times they declared they cannot come (null:
 * none declared).
 */
public record ApplicantSelectionDay(Availability availability) {

    public static ApplicantSelectionDay none() {
        return new ApplicantSelectionDay(null);
    }
}
