package fr.interconnectes.candidatures.http.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.RecordMailOutcomes;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads the events SES publishes through a configuration set's SNS destination (one JSON message per event:
 * {@code eventType} Bounce, Complaint, Delivery or Reject, with the sent mail's {@code messageId} and
 * {@code tags}). The tags {@code candidacyId} and {@code mailId}, set when the mail was sent, name the outbox mail.
 * A permanent bounce is a bounce; a transient or undetermined one a soft bounce (SES tried its best, the address
 * may work later). Other event types, and messages that are not SES events, are passed over.
 */
public final class SesEvents {

    private static final JsonLogger LOG = JsonLogger.of(SesEvents.class);
    static final String CANDIDACY_TAG = "candidacyId";
    static final String MAIL_TAG = "mailId";
    private static final int DETAIL_MAX = 300;

    private SesEvents() {
    }

    public static List<RecordMailOutcomes.Report> reports(List<String> messages) {
        List<RecordMailOutcomes.Report> reports = new ArrayList<>();
        for (String message : messages) {
            report(message).ifPresent(reports::add);
        }
        return reports;
    }

    static Optional<RecordMailOutcomes.Report> report(String message) {
        JsonNode event;
        try {
            event = message == null ? null : Json.mapper().readTree(message);
        } catch (JsonProcessingException e) {
            event = null;
        }
        if (event == null || !event.isObject()) {
            LOG.warn("not an SES event, passed over");
            return Optional.empty();
        }
        String type = event.path("eventType").asText(event.path("notificationType").asText(""));
        JsonNode mail = event.path("mail");
        Optional<MailOutcome> outcome = switch (type) {
            case "Bounce" -> Optional.of(bounce(event.path("bounce"), mail));
            case "Complaint" -> Optional.of(new MailOutcome(MailOutcome.Type.COMPLAINED,
                    at(event.path("complaint"), mail), detail(event.path("complaint").path("complaintFeedbackType")
                    .asText("complaint"))));
            case "Delivery" -> Optional.of(new MailOutcome(MailOutcome.Type.DELIVERED, at(event.path("delivery"), mail),
                    detail(event.path("delivery").path("smtpResponse").asText(null))));
            case "Reject" -> Optional.of(new MailOutcome(MailOutcome.Type.REJECTED, at(event.path("reject"), mail),
                    detail(event.path("reject").path("reason").asText(null))));
            default -> Optional.empty();
        };
        if (outcome.isEmpty()) {
            LOG.info("SES event of no interest, passed over", "eventType", type);
            return Optional.empty();
        }
        return Optional.of(new RecordMailOutcomes.Report(tag(mail, CANDIDACY_TAG), tag(mail, MAIL_TAG),
                mail.path("messageId").asText(null), outcome.get()));
    }

    private static MailOutcome bounce(JsonNode bounce, JsonNode mail) {
        String bounceType = bounce.path("bounceType").asText("Undetermined");
        String diagnostics = StreamSupport.stream(bounce.path("bouncedRecipients").spliterator(), false)
                .map(r -> r.path("diagnosticCode").asText(r.path("status").asText("")))
                .filter(d -> !d.isBlank())
                .collect(Collectors.joining("; "));
        String detail = bounceType + "/" + bounce.path("bounceSubType").asText("General")
                + (diagnostics.isEmpty() ? "" : ": " + diagnostics);
        return new MailOutcome(bounceType.equals("Permanent") ? MailOutcome.Type.BOUNCED : MailOutcome.Type.SOFT_BOUNCED,
                at(bounce, mail), detail(detail));
    }

    /** The event's own time, else the mail's, else now. */
    private static Instant at(JsonNode detail, JsonNode mail) {
        for (JsonNode time : List.of(detail.path("timestamp"), mail.path("timestamp"))) {
            try {
                if (time.isTextual()) {
                    return Instant.parse(time.asText());
                }
            } catch (DateTimeException ignored) {
                // the next one
            }
        }
        return Instant.now();
    }

    private static String tag(JsonNode mail, String name) {
        JsonNode values = mail.path("tags").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static String detail(String text) {
        return text == null || text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX);
    }
}
