package fr.interconnectes.candidatures.selectionday;

import java.time.LocalTime;
import java.util.Objects;

/** A pause of every panel (lunch, coffee), in the day's local time; no audition overlaps it. */
public record Break(LocalTime start, LocalTime end, String label) {

    public Break {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("break ends before it starts: " + start + "-" + end);
        }
    }
}
