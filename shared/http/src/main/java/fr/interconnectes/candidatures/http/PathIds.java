package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule every id a route's path names (and the {@code campaignId} query parameter) must meet before
 * anything looks it up: what the system mints fits it (campaign ids of 3 to 64 lower-case letters, digits and
 * dashes; dossier ids {@code c} + 16 letters and digits; attachment ids {@code a} + 12), anything else cannot name
 * a stored record and is refused with 400 here, never reaching the database (whose keys are limited to 2 KB).
 */
public final class PathIds {

    public static final int MAX_LENGTH = 64;
    /** Query parameters that name a record like a path id does. */
    private static final List<String> ID_QUERY_PARAMETERS = List.of("campaignId");

    private PathIds() {
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9_-]{0,63}}, checked character by character: every request checks its ids. */
    public static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '-' && c != '_')) {
                return false;
            }
        }
        return true;
    }

    /** Refuses the request with 400 {@code validation_failed}, one {@code invalid_id} per faulty id. */
    public static void requireValid(ApiRequest request) {
        List<FieldError> faults = new ArrayList<>();
        request.pathParameters().forEach((name, value) -> check(name, value, faults));
        for (String name : ID_QUERY_PARAMETERS) {
            request.query(name).filter(value -> !value.isEmpty()).ifPresent(value -> check(name, value, faults));
        }
        FieldFaults.throwIfAny(faults);
    }

    private static void check(String name, String value, List<FieldError> faults) {
        if (!valid(value)) {
            faults.add(invalid(name));
        }
    }

    /** The fault of an id, in the path or in a body, that breaks the rule. */
    public static FieldError invalid(String field) {
        return new FieldError(field, "invalid_id", new LocalizedText(
                "Identifiant invalide : 1 à " + MAX_LENGTH + " lettres, chiffres, tirets ou soulignés.",
                "Invalid id: 1 to " + MAX_LENGTH + " letters, digits, dashes or underscores."));
    }
}
