package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Map;

final class JsonMaps {

    private JsonMaps() {
    }

    static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
