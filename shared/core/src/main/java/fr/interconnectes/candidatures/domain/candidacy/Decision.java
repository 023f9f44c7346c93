package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;
import java.util.Locale;

/**
 * The jury's outcome for a dossier. It stays pending (organisers review it) until the decision mails are
 * sent; {@code notifiedAt} then records that this dossier's mail was recorded, so it is never sent twice.
 */
public record Decision(Outcome outcome, String message, String decidedBy, Instant decidedAt, Instant notifiedAt) {

    public enum Outcome {
        FINALIST, NOT_SELECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public boolean pending() {
        return notifiedAt == null;
    }

    public Decision notified(Instant at) {
        return new Decision(outcome, message, decidedBy, decidedAt, at);
    }
}
