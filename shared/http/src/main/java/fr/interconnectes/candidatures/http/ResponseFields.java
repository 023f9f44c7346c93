package fr.interconnectes.candidatures.http;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** What the response mappers write only when there is something: the field is left out otherwise. */
public final class ResponseFields {

    private ResponseFields() {
    }

    public static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    /** The instant as {@link CandidacyJson#time} writes it, in {@code zone}. */
    public static void putTime(Map<String, Object> json, String name, Instant at, ZoneId zone) {
        if (at != null) {
            json.put(name, CandidacyJson.time(at, zone));
        }
    }
}
