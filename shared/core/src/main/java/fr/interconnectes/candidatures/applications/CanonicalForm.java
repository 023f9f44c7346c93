package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text per form, for the fingerprint that tells a retried create request (same form) from an
 * Idempotency-Key reused with another body: the track, then the request-shaped map with its keys sorted and
 * its texts quoted, so two equal forms give the same text and two different forms never do.
 */
final class CanonicalForm {

    private CanonicalForm() {
    }

    static String text(ApplicationForm form) {
        StringBuilder text = new StringBuilder(form.track().code()).append('\n');
        append(form.toMap(), text);
        return text.toString();
    }

    private static void append(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            text.append('{');
            String separator = "";
            for (var entry : new TreeMap<>(map).entrySet()) {
                text.append(separator);
                append(entry.getKey(), text);
                text.append(':');
                append(entry.getValue(), text);
                separator = ",";
            }
            text.append('}');
        } else if (value instanceof String string) {
            text.append('"').append(string.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof Number number) {
            text.append(number);
        } else {
            throw new IllegalArgumentException("no canonical text for " + value);
        }
    }
}
