package fr.interconnectes.candidatures.domain.candidacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The person to write to about the dossier. Values are normalised by {@link ApplicationFormParser}: the
 * e-mail has a lower-case domain, the phone is in E.164 ({@code +33...}). Any of them may be missing in a
 * draft ({@code null}).
 */
public record Contact(String name, String role, String email, String phone) {

    /** A contact with nothing filled in. */
    public static Contact empty() {
        return new Contact(null, null, null, null);
    }

    /** The JSON-friendly form, shaped like the request body; missing values are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        JsonMaps.putIfPresent(map, "name", name);
        JsonMaps.putIfPresent(map, "role", role);
        JsonMaps.putIfPresent(map, "email", email);
        JsonMaps.putIfPresent(map, "phone", phone);
        return map;
    }
}
