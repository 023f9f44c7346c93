package fr.interconnectes.candidatures.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.http.gateway.SnsEvent;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What SES and SNS would deliver, made up locally: the configuration set's event about a sent mail (bounce,
 * complaint, delivery, reject), tagged with its dossier and mail as the real mailer tags it, wrapped in the SNS
 * notification the subscribed functions receive.
 */
final class MailEventInjector {

    /** The event types SES publishes, by the names the local tool takes. */
    static final Map<String, String> TYPES = Map.of("bounce", "Bounce", "soft_bounce", "Bounce",
            "complaint", "Complaint", "delivery", "Delivery", "reject", "Reject");

    private final List<LocalFunction> subscribers;
    private final Clock clock;

    MailEventInjector(List<LocalFunction> subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    boolean available() {
        return !subscribers.isEmpty();
    }

    /**
     * Hands the event, as SNS writes it to Lambda, to every function subscribed to an SNS topic; what they answered
     * (their summaries), in order.
     */
    List<Object> inject(String type, String candidacyId, String mailId, String recipient) {
        Instant now = clock.instant();
        byte[] event = new SnsEvent(List.of(new SnsEvent.Notification(UUID.randomUUID().toString(),
                "arn:aws:sns:local:000000000000:mail-events", now.toString(),
                sesEvent(type, candidacyId, mailId, recipient, now).toString()))).toJson()
                .getBytes(StandardCharsets.UTF_8);
        return subscribers.stream()
                .map(function -> StreamingJson.read(new String(function.invoke(event), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The JSON SES publishes for a configuration set's event destination. */
    static JsonNode sesEvent(String type, String candidacyId, String mailId, String recipient, Instant now) {
        ObjectNode event = Json.mapper().createObjectNode();
        String eventType = TYPES.get(type);
        event.put("eventType", eventType);
        String at = now.toString();
        switch (type) {
            case "bounce", "soft_bounce" -> {
                ObjectNode bounce = event.putObject("bounce");
                bounce.put("bounceType", type.equals("bounce") ? "Permanent" : "Transient");
                bounce.put("bounceSubType", type.equals("bounce") ? "General" : "MailboxFull");
                bounce.put("timestamp", at);
                bounce.putArray("bouncedRecipients").addObject().put("emailAddress", recipient)
                        .put("diagnosticCode", type.equals("bounce") ? "smtp; 550 5.1.1 user unknown (local)"
                                : "smtp; 452 4.2.2 mailbox full (local)");
            }
            case "complaint" -> event.putObject("complaint").put("timestamp", at).put("complaintFeedbackType", "abuse")
                    .putArray("complainedRecipients").addObject().put("emailAddress", recipient);
            case "delivery" -> event.putObject("delivery").put("timestamp", at).put("smtpResponse", "250 2.0.0 OK (local)")
                    .putArray("recipients").add(recipient);
            default -> event.putObject("reject").put("reason", "Bad content (local)");
        }
        ObjectNode mail = event.putObject("mail");
        mail.put("timestamp", at);
        mail.put("messageId", "local-" + mailId);
        mail.putArray("destination").add(recipient);
        ObjectNode tags = mail.putObject("tags");
        tags.putArray("candidacyId").add(candidacyId);
        tags.putArray("mailId").add(mailId);
        return event;
    }
}
