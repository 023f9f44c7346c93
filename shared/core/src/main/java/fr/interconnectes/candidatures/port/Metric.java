package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Track;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One measurement for {@link Metrics}: its name (stable: alarms and the dashboard of template.yaml name it), unit,
 * value and dimensions beyond the service and function. Dimensions take a few values only (a track, a reason, a file
 * type): every combination is a metric of its own.
 */
public sealed interface Metric {

    /** The CloudWatch units used here. */
    enum Unit { COUNT, SECONDS }

    String name();

    Unit unit();

    double value();

    /** Dimensions of this metric besides the service and the function; empty for most. */
    default Map<String, String> dimensions() {
        return Map.of();
    }

    /** A draft dossier was created (not a replay of the same Idempotency-Key). */
    record DraftCreated(Track track) implements Metric {
        public String name() { return "DraftsCreated"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
        public Map<String, String> dimensions() { return Map.of("Track", track.code()); }
    }

    /** A dossier was submitted (received its receipt number), counted once whatever the retries. */
    record CandidacySubmitted(Track track) implements Metric {
        public String name() { return "Submissions"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
        public Map<String, String> dimensions() { return Map.of("Track", track.code()); }
    }

    /**
     * An upload refused for its type: a declared type the campaign does not accept ({@code type} null when it is
     * none of the known types, so the applicant's text never becomes a dimension), or content that is not the type
     * announced.
     */
    record UploadRejected(Reason reason, FileType type) implements Metric {
        public enum Reason { UNSUPPORTED_TYPE, CONTENT_MISMATCH }
        public String name() { return "UploadsRejected"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
        public Map<String, String> dimensions() {
            return Map.of("Reason", reason.name().toLowerCase(Locale.ROOT),
                    "FileType", type == null ? "other" : type.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A mail of the outbox was handed to the mail service. */
    record MailSent() implements Metric {
        public String name() { return "MailsSent"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
    }

    /** A mail's attempt failed and it stays pending for another, later one. */
    record MailRetried() implements Metric {
        public String name() { return "MailsRetried"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
    }

    /** A mail's last attempt failed: it is given up (an organiser may resend it). */
    record MailGivenUp() implements Metric {
        public String name() { return "MailsGivenUp"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
    }

    /** How long the oldest mail still due has waited since it was recorded; zero when none is due. */
    record OutboxBacklogAge(Duration age) implements Metric {
        public String name() { return "OutboxBacklogAge"; }
        public Unit unit() { return Unit.SECONDS; }
        public double value() { return Math.max(0, age.toSeconds()); }
    }

    /** Decision mails recorded by one send of a campaign's decisions. */
    record DecisionsSent(int count) implements Metric {
        public String name() { return "DecisionsSent"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return count; }
    }

    /** An applicant's write refused because the deadline had passed. */
    record DeadlineRefused(Operation operation) implements Metric {
        public enum Operation { CREATE, UPDATE, SUBMIT, UPLOAD }
        public String name() { return "DeadlineRefusals"; }
        public Unit unit() { return Unit.COUNT; }
        public double value() { return 1; }
        public Map<String, String> dimensions() { return Map.of("Operation", operation.name().toLowerCase(Locale.ROOT)); }
    }
}
