package fr.interconnectes.candidatures.http.gateway;

import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event an SNS subscription of template.yaml sends its function, bound by the project itself: its
 * {@code Records}, each with the notification's {@code Sns.MessageId}, {@code Sns.TopicArn}, {@code Sns.Timestamp}
 * and {@code Sns.Message} (the published text, as is). Nothing else of the event is read.
 */
public record SnsEvent(List<Notification> records) {

    /** One notification of the event. */
    public record Notification(String messageId, String topicArn, String timestamp, String message) {
    }

    public SnsEvent {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Reads the event from the invocation's input; an empty input (a manual test invoke) has no records. */
    public static SnsEvent read(InputStream in) {
        Map<String, Object> event = HttpApiEvent.object(StreamingJson.read(in));
        List<Notification> notifications = new ArrayList<>();
        if (event.get("Records") instanceof List<?> records) {
            for (Object record : records) {
                Map<String, Object> sns = HttpApiEvent.object(HttpApiEvent.object(record).get("Sns"));
                notifications.add(new Notification(HttpApiEvent.text(sns.get("MessageId")),
                        HttpApiEvent.text(sns.get("TopicArn")), HttpApiEvent.text(sns.get("Timestamp")),
                        HttpApiEvent.text(sns.get("Message"))));
            }
        }
        return new SnsEvent(notifications);
    }

    /** The published messages, in order. */
    public List<String> messages() {
        return records.stream().map(Notification::message).toList();
    }

    /** The event as SNS sends it to Lambda. */
    public String toJson() {
        List<Object> records = new ArrayList<>();
        for (Notification notification : this.records) {
            Map<String, Object> sns = new LinkedHashMap<>();
            sns.put("Type", "Notification");
            sns.put("MessageId", notification.messageId());
            sns.put("TopicArn", notification.topicArn());
            sns.put("Message", notification.message());
            sns.put("Timestamp", notification.timestamp());
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("EventSource", "aws:sns");
            record.put("EventVersion", "1.0");
            record.put("Sns", sns);
            records.add(record);
        }
        return StreamingJson.write(Map.of("Records", records));
    }
}
