package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import java.time.Duration;

/**
 * How long one applicant is heard: the presentation, then the jury's questions (label: 15 minutes in all;
 * start-ups: a 5-minute pitch and 5 minutes of questions).
 */
public record AuditionFormat(int presentationMinutes, int questionMinutes) {

    public static final int MAX_MINUTES = 240;

    public AuditionFormat {
        if (presentationMinutes < 1 || questionMinutes < 0 || presentationMinutes + questionMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("audition of " + presentationMinutes + "+" + questionMinutes + " min");
        }
    }

    /** The call's own formats: 15 minutes for a label candidate, 5 + 5 for a start-up. */
    public static AuditionFormat defaultFor(Track track) {
        return track == Track.STARTUP ? new AuditionFormat(5, 5) : new AuditionFormat(15, 0);
    }

    /** The campaign's selection format when it has one for this track, else the call's default. */
    public static AuditionFormat of(RegionalSelection selection) {
        return new AuditionFormat(selection.presentationMinutes(), selection.questionMinutes());
    }

    public Duration length() {
        return Duration.ofMinutes(presentationMinutes + questionMinutes);
    }
}
