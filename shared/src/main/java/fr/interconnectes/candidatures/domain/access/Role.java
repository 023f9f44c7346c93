package fr.interconnectes.candidatures.domain.access;

/** What a signed-in person may do: organise nationally, organise one region, or sit on a jury. */
public enum Role {
    ORGANISER, REGIONAL_ORGANISER, JUROR
}
