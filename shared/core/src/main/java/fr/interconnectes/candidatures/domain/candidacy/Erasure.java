package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The erasure of a dossier's personal data, recorded on the dossier in the same write that anonymises it. What
 * could not be erased in that write (the jury's free texts, the files in the store) is listed in
 * {@code remaining} until it is done: an erasure is either complete, or pending with what remains, and whoever
 * runs next (the retention job) finishes it.
 *
 * @param remaining {@link #JURY} and {@code files:<prefix>} entries still to erase
 * @param lastError why the last attempt left something behind (a service unavailable), or {@code null}
 */
public record Erasure(Cause cause, String reason, String requestedBy, Instant requestedAt, List<String> remaining,
                      Instant completedAt, String lastError) {

    /** The jury records' comments and conflict reasons. */
    public static final String JURY = "jury";
    /** Prefix of a remaining entry naming a folder of the file store, every version of every file in it. */
    public static final String FILES = "files:";

    public enum Cause {
        /** The retention period of the campaign has passed. */
        RETENTION,
        /** The applicant asked, an organiser erased it. */
        REQUEST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Erasure {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(requestedAt, "requestedAt");
        remaining = List.copyOf(remaining == null ? List.of() : remaining);
    }

    public static Erasure started(Cause cause, String reason, String requestedBy, Instant at, List<String> remaining) {
        return new Erasure(cause, reason, requestedBy, at, remaining, null, null);
    }

    public boolean complete() {
        return completedAt != null;
    }

    /** After an attempt: what is still left, complete when nothing is. */
    public Erasure attempted(List<String> stillRemaining, String error, Instant at) {
        return new Erasure(cause, reason, requestedBy, requestedAt, stillRemaining,
                stillRemaining.isEmpty() ? at : null, stillRemaining.isEmpty() ? null : error);
    }

    /** The store folder a {@code files:} entry names, or {@code null} for another entry. */
    public static String filesPrefix(String entry) {
        return entry.startsWith(FILES) ? entry.substring(FILES.length()) : null;
    }
}
