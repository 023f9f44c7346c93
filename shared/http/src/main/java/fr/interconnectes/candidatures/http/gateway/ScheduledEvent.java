package fr.interconnectes.candidatures.http.gateway;

import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The EventBridge "Scheduled Event" a schedule of template.yaml sends its function, bound by the project itself:
 * {@code id}, {@code detail-type}, {@code source}, {@code account}, {@code time} (ISO-8601 as EventBridge writes it),
 * {@code region}, {@code resources} (the rule's ARN). The jobs decide from their own clock, not from {@code time}.
 */
public record ScheduledEvent(String id, String detailType, String source, String account, String time, String region,
                             List<String> resources) {

    public ScheduledEvent {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** Reads the event from the invocation's input; an empty input (a manual test invoke) is an empty event. */
    public static ScheduledEvent read(InputStream in) {
        Map<String, Object> event = HttpApiEvent.object(StreamingJson.read(in));
        return new ScheduledEvent(HttpApiEvent.text(event.get("id")), HttpApiEvent.text(event.get("detail-type")),
                HttpApiEvent.text(event.get("source")), HttpApiEvent.text(event.get("account")),
                HttpApiEvent.text(event.get("time")), HttpApiEvent.text(event.get("region")),
                HttpApiEvent.texts(event.get("resources")));
    }

    /** The event as EventBridge sends it, with an empty {@code detail}. */
    public String toJson() {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("version", "0");
        json.put("id", id);
        json.put("detail-type", detailType);
        json.put("source", source);
        json.put("account", account);
        json.put("time", time);
        json.put("region", region);
        json.put("resources", resources);
        json.put("detail", Map.of());
        return StreamingJson.write(json);
    }
}
