package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Locale;
import java.util.Objects;

/**
 * A contact address the mail service reported as not to be mailed again: it bounced for good, or its owner
 * complained. It holds until the applicant gives another address.
 *
 * @param address the address as mailed
 * @param reason  why
 * @param at      when the mail service reported it
 * @param mailId  the outbox mail it was reported on
 * @param detail  the mail service's words (bounce type, feedback type), for organisers
 */
public record Undeliverable(String address, Reason reason, java.time.Instant at, String mailId, String detail) {

    public enum Reason {
        BOUNCE, COMPLAINT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Undeliverable {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    public boolean concerns(String otherAddress) {
        return otherAddress != null && address.equalsIgnoreCase(otherAddress.trim());
    }
}
