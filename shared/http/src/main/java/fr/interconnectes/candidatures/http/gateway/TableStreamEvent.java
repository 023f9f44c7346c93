package fr.interconnectes.candidatures.http.gateway;

import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch a DynamoDB stream event source of template.yaml sends its function, bound by the project itself: its
 * {@code Records}, each with {@code eventID}, {@code eventName} (INSERT, MODIFY, REMOVE), the item's key
 * ({@code dynamodb.Keys}, its string attributes) and {@code dynamodb.SequenceNumber}, the record's identifier in a
 * partial batch failure. The item's images are not read: the function reads the item fresh.
 */
public record TableStreamEvent(List<Change> records) {

    /** One item written. */
    public record Change(String eventId, String eventName, Map<String, String> keys, String sequenceNumber) {

        public Change {
            keys = Map.copyOf(keys);
        }
    }

    public TableStreamEvent {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Reads the event from the invocation's input; an empty input (a manual test invoke) has no records. */
    public static TableStreamEvent read(InputStream in) {
        Map<String, Object> event = HttpApiEvent.object(StreamingJson.read(in));
        List<Change> changes = new ArrayList<>();
        if (event.get("Records") instanceof List<?> records) {
            for (Object value : records) {
                Map<String, Object> record = HttpApiEvent.object(value);
                Map<String, Object> dynamodb = HttpApiEvent.object(record.get("dynamodb"));
                Map<String, String> keys = new LinkedHashMap<>();
                HttpApiEvent.object(dynamodb.get("Keys")).forEach((name, attribute) -> {
                    String text = HttpApiEvent.text(HttpApiEvent.object(attribute).get("S"));
                    if (text != null) {
                        keys.put(name, text);
                    }
                });
                changes.add(new Change(HttpApiEvent.text(record.get("eventID")),
                        HttpApiEvent.text(record.get("eventName")), keys,
                        HttpApiEvent.text(dynamodb.get("SequenceNumber"))));
            }
        }
        return new TableStreamEvent(changes);
    }

    /**
     * The event as a stream of {@code NEW_IMAGE} view sends it to Lambda, with the item's key as its new image (the
     * local runner's stand-in for the stream, and priming, write it this way).
     *
     * @param newImages per record (same order), the string attributes of its new image beyond the key
     */
    public String toJson(String streamArn, List<Map<String, String>> newImages) {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < this.records.size(); i++) {
            Change change = this.records.get(i);
            Map<String, Object> image = new LinkedHashMap<>(attributes(change.keys()));
            image.putAll(attributes(i < newImages.size() ? newImages.get(i) : Map.of()));
            Map<String, Object> dynamodb = new LinkedHashMap<>();
            dynamodb.put("Keys", attributes(change.keys()));
            dynamodb.put("NewImage", image);
            dynamodb.put("SequenceNumber", change.sequenceNumber());
            dynamodb.put("StreamViewType", "NEW_IMAGE");
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("eventID", change.eventId());
            record.put("eventName", change.eventName());
            record.put("eventVersion", "1.1");
            record.put("eventSource", "aws:dynamodb");
            record.put("dynamodb", dynamodb);
            record.put("eventSourceARN", streamArn);
            records.add(record);
        }
        return StreamingJson.write(Map.of("Records", records));
    }

    /** The answer that tells Lambda which records to hand over again (the event source's partial batch response). */
    public static Map<String, Object> batchResponse(List<String> failedSequenceNumbers) {
        return Map.of("batchItemFailures", failedSequenceNumbers.stream()
                .map(sequenceNumber -> Map.of("itemIdentifier", sequenceNumber)).toList());
    }

    private static Map<String, Object> attributes(Map<String, String> strings) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        strings.forEach((name, value) -> attributes.put(name, Map.of("S", value)));
        return attributes;
    }
}
