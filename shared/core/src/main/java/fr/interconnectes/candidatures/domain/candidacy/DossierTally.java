package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one dossier adds to its campaign's counters: one in the total, in its status, track, kind and status by
 * kind, its received file bytes, and, once submitted, one in the UTC hour of its receipt. A campaign's statistics
 * are the sum of its dossiers' tallies, kept as counters updated with each write (never by reading every
 * dossier); hours rather than days so that any whole-hour zone can group them into its own days.
 */
public record DossierTally(Map<String, Long> counts) {

    public static final String TOTAL = "total";
    public static final String BYTES = "bytes";
    public static final String STATUS = "status:";
    public static final String TRACK = "track:";
    public static final String KIND = "kind:";
    public static final String STATUS_KIND = "statusKind:";
    public static final String SUBMITTED_HOUR = "hour:";
    /** The kind of an applicant who did not say. */
    public static final String UNKNOWN_KIND = "unknown";

    public static final DossierTally NONE = new DossierTally(Map.of());

    public DossierTally {
        TreeMap<String, Long> kept = new TreeMap<>();
        counts.forEach((key, value) -> {
            if (value != 0) {
                kept.put(key, value);
            }
        });
        counts = java.util.Collections.unmodifiableMap(kept);
    }

    public static DossierTally of(Candidacy candidacy) {
        Map<String, Long> counts = new TreeMap<>();
        String kind = kindOf(candidacy);
        counts.put(TOTAL, 1L);
        counts.put(STATUS + candidacy.status().code(), 1L);
        counts.put(TRACK + candidacy.form().track().code(), 1L);
        counts.put(KIND + kind, 1L);
        counts.put(statusKind(candidacy.status(), kind), 1L);
        long bytes = candidacy.receivedAttachments().stream().mapToLong(Attachment::size).sum();
        counts.put(BYTES, bytes);
        if (candidacy.status() == CandidacyStatus.SUBMITTED && candidacy.receipt() != null) {
            counts.put(hour(candidacy.receipt().submittedAt()), 1L);
        }
        return new DossierTally(counts);
    }

    public static String kindOf(Candidacy candidacy) {
        OrganisationKind kind = candidacy.form().applicant().kind();
        return kind == null ? UNKNOWN_KIND : kind.code();
    }

    public static String statusKind(CandidacyStatus status, String kind) {
        return STATUS_KIND + status.code() + ":" + kind;
    }

    public static String hour(Instant instant) {
        return SUBMITTED_HOUR + instant.truncatedTo(ChronoUnit.HOURS).toString();
    }

    /** The hour a {@link #SUBMITTED_HOUR} key counts. */
    public static Instant hourOf(String key) {
        return Instant.parse(key.substring(SUBMITTED_HOUR.length()));
    }

    public long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    public DossierTally plus(DossierTally other) {
        Map<String, Long> sum = new TreeMap<>(counts);
        other.counts.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return new DossierTally(sum);
    }

    public DossierTally minus(DossierTally other) {
        Map<String, Long> difference = new TreeMap<>(counts);
        other.counts.forEach((key, value) -> difference.merge(key, -value, Long::sum));
        return new DossierTally(difference);
    }

    /** The counts under {@code prefix}, keyed by the rest of their key. */
    public Map<String, Long> under(String prefix) {
        Map<String, Long> found = new TreeMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }

    /** {@code key=value;key=value}: how a dossier's applied tally is kept beside the counters. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, value) -> text.append(text.isEmpty() ? "" : ";").append(key).append('=').append(value));
        return text.toString();
    }

    public static DossierTally decode(String text) {
        Map<String, Long> counts = new TreeMap<>();
        if (text != null && !text.isEmpty()) {
            for (String entry : text.split(";")) {
                int equals = entry.lastIndexOf('=');
                counts.put(entry.substring(0, equals), Long.parseLong(entry.substring(equals + 1)));
            }
        }
        return new DossierTally(counts);
    }

    @Override
    public String toString() {
        return Objects.toString(counts);
    }
}
