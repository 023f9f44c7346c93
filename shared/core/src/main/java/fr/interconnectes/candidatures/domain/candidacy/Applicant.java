package fr.interconnectes.candidatures.domain.candidacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who applies. {@code siren} is 9 digits, {@code siret} (optional) 14 digits, both without spaces; when only
 * a SIRET is given the parser fills the SIREN from its first 9 digits. A missing contact is an empty one.
 */
public record Applicant(String organisation, OrganisationKind kind, String siren, String siret, Contact contact) {

    public Applicant {
        contact = contact == null ? Contact.empty() : contact;
    }

    public static Applicant empty() {
        return new Applicant(null, null, null, null, Contact.empty());
    }

    /** The JSON-friendly form, shaped like the request body; missing values are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        JsonMaps.putIfPresent(map, "organisation", organisation);
        JsonMaps.putIfPresent(map, "kind", kind == null ? null : kind.code());
        JsonMaps.putIfPresent(map, "siren", siren);
        JsonMaps.putIfPresent(map, "siret", siret);
        map.put("contact", contact.toMap());
        return map;
    }
}
