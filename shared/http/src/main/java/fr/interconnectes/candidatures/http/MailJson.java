package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the mails of a dossier look: to organisers in full (recipient, attempts, errors), to the applicant without
 * the service's internals; and whether mail reaches the applicant at all. Bodies never appear: they may hold a
 * link placeholder, and the links carry tokens.
 */
public final class MailJson {

    private MailJson() {
    }

    /** A mail as organisers see it. */
    public static Map<String, Object> forOrganisers(OutboxMail m, ZoneId zone) {
        Map<String, Object> json = forApplicant(m, zone);
        json.put("to", m.to());
        json.put("attempts", m.attempts());
        if (m.pending()) {
            ResponseFields.putTime(json, "nextAttemptAt", m.nextAttemptAt(), zone);
        }
        ResponseFields.putIfPresent(json, "lastError", m.lastError());
        ResponseFields.putIfPresent(json, "providerMessageId", m.providerMessageId());
        return json;
    }

    /** A mail as its applicant sees it: what, when, and what became of it. */
    public static Map<String, Object> forApplicant(OutboxMail m, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("kind", m.kind());
        // absent while the mail is recorded unwritten: the outbox's sender writes it out within seconds
        ResponseFields.putIfPresent(json, "subject", m.subject());
        json.put("status", m.state().name().toLowerCase(Locale.ROOT));
        json.put("createdAt", CandidacyJson.time(m.createdAt(), zone));
        ResponseFields.putTime(json, "sentAt", m.sentAt(), zone);
        if (m.outcome() != null) {
            json.put("outcome", outcome(m.outcome(), zone));
        }
        ResponseFields.putIfPresent(json, "resendOf", m.resendOf());
        return json;
    }

    private static Map<String, Object> outcome(MailOutcome outcome, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", outcome.type().code());
        json.put("at", CandidacyJson.time(outcome.at(), zone));
        ResponseFields.putIfPresent(json, "detail", outcome.detail());
        return json;
    }

    /**
     * Whether mail reaches the applicant: {@code deliverable}, its address {@code undeliverable} (bounce or
     * complaint), or a mail {@code given_up}; and whether they turned reminders off.
     */
    public static Map<String, Object> contactMail(Candidacy c, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", problem(c));
        c.undeliverableContact().ifPresent(u -> {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("address", u.address());
            address.put("reason", u.reason().code());
            address.put("at", CandidacyJson.time(u.at(), zone));
            ResponseFields.putIfPresent(address, "mailId", u.mailId());
            ResponseFields.putIfPresent(address, "detail", u.detail());
            json.put("undeliverable", address);
        });
        c.mailGivenUp().ifPresent(m -> json.put("givenUp", Map.of("mailId", m.id(), "kind", m.kind(),
                "attempts", m.attempts())));
        ResponseFields.putTime(json, "remindersStoppedAt", c.mailing().remindersStoppedAt(), zone);
        return json;
    }

    /** {@code deliverable}, {@code undeliverable} or {@code given_up}, as the list's {@code mail} filter reads them. */
    public static String problem(Candidacy c) {
        if (c.undeliverableContact().isPresent()) {
            return "undeliverable";
        }
        return ListCandidacies.unreachable(c) ? "given_up" : "deliverable";
    }
}
