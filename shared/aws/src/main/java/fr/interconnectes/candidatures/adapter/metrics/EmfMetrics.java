package fr.interconnectes.candidatures.adapter.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics as CloudWatch's embedded metric format (EMF): one JSON line on standard output per metric, which CloudWatch
 * Logs turns into the metric while keeping the line as a log event (the request id it names included). Written with
 * Jackson's streaming generator, as the JSON log lines are: the EMF libraries would cost a cold start an
 * {@code ObjectMapper} and their own classes (README, Observability, has the figures).
 *
 * <p>Each metric is published under the service alone (what the alarms and the dashboard of template.yaml read),
 * under the service and the function, and, when it has its own dimensions (a track, a reason), under the service and
 * those.
 */
public final class EmfMetrics implements Metrics {

    public static final String SERVICE = "Service";
    public static final String FUNCTION = "Function";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String namespace;
    private final String service;
    private final String function;
    private final PrintStream out;
    private final Clock clock;

    public EmfMetrics(String namespace, String service, String function, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.service = service;
        this.function = function;
        this.out = out;
        this.clock = clock;
        // one line written and dropped: the path's classes load at init, before a SnapStart snapshot, not at the
        // first invocation after a restore
        line(new Metric.MailSent());
    }

    @Override
    public void record(Metric metric) {
        String line = line(metric);
        synchronized (out) {
            out.println(line);
        }
    }

    String line(Metric metric) {
        Map<String, String> own = new TreeMap<>(metric.dimensions());
        StringWriter text = new StringWriter(400);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("timestamp", clock.instant().toString());
            json.writeStringField("level", "INFO");
            json.writeStringField("logger", EmfMetrics.class.getName());
            json.writeStringField("message", "metric " + metric.name());
            Correlation.requestId().ifPresent(id -> write(json, "requestId", id));
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", clock.millis());
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", namespace);
            json.writeArrayFieldStart("Dimensions");
            for (List<String> set : dimensionSets(own)) {
                json.writeStartArray();
                for (String dimension : set) {
                    json.writeString(dimension);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            json.writeStartObject();
            json.writeStringField("Name", metric.name());
            json.writeStringField("Unit", switch (metric.unit()) {
                case COUNT -> "Count";
                case SECONDS -> "Seconds";
            });
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField(SERVICE, service);
            json.writeStringField(FUNCTION, function);
            for (var dimension : own.entrySet()) {
                json.writeStringField(dimension.getKey(), dimension.getValue());
            }
            double value = metric.value();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                json.writeNumberField(metric.name(), (long) value);
            } else {
                json.writeNumberField(metric.name(), value);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static List<List<String>> dimensionSets(Map<String, String> own) {
        List<List<String>> sets = new ArrayList<>();
        sets.add(List.of(SERVICE));
        sets.add(List.of(SERVICE, FUNCTION));
        if (!own.isEmpty()) {
            List<String> withOwn = new ArrayList<>();
            withOwn.add(SERVICE);
            withOwn.addAll(own.keySet());
            sets.add(withOwn);
        }
        return sets;
    }

    private static void write(JsonGenerator json, String name, String value) {
        try {
            json.writeStringField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
