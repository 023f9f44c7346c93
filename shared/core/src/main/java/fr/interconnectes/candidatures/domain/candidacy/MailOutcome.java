package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the mail service reported about a mail once it left: delivered, bounced (for good or for now),
 * complained about, or rejected before sending.
 *
 * @param detail the service's words (bounce type, diagnostic, feedback type), for organisers
 */
public record MailOutcome(Type type, Instant at, String detail) {

    public enum Type {
        DELIVERED, BOUNCED, SOFT_BOUNCED, COMPLAINED, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The outcomes after which the address is not mailed again. */
        public boolean undeliverable() {
            return this == BOUNCED || this == COMPLAINED;
        }
    }

    public MailOutcome {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    /** A delivery report never hides a bounce or complaint reported before it (SES may report both). */
    public boolean outranks(MailOutcome earlier) {
        return earlier == null || !earlier.type().undeliverable() || type.undeliverable();
    }
}
