package fr.interconnectes.candidatures.domain.jury;

/** How the jurors' values of one dossier are combined into the dossier's value. */
public enum Aggregation {
    /** The arithmetic mean. */
    MEAN,
    /** The median: the middle value, or the mean of the two middle values for an even count. */
    MEDIAN
}
