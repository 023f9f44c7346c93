package fr.interconnectes.candidatures.domain.candidacy;

import java.util.LinkedHashMap;
import java.util.Map;

final class JsonMaps {

    private JsonMaps() {
    }

    /** A new map with what every project has, whatever its track: title, summary and description. */
    static Map<String, Object> projectFields(Project project) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfPresent(map, "title", project.title());
        putIfPresent(map, "summary", project.summary());
        putIfPresent(map, "description", project.description());
        return map;
    }

    static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
