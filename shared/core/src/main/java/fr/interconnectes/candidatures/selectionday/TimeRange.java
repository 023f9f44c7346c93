package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.Objects;

/** A span of time, start included, end excluded. */
public record TimeRange(Instant start, Instant end) implements Comparable<TimeRange> {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("empty time range " + start + "-" + end);
        }
    }

    public java.time.Duration duration() {
        return java.time.Duration.between(start, end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    @Override
    public int compareTo(TimeRange other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
