package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Track;
import java.util.Map;

/** A start-up contest project: what the start-up does and its use case for local authorities. */
public record StartupProject(
        String title,
        String summary,
        String description,
        String website,
        Integer foundingYear,
        String territorialUseCase) implements Project {

    @Override
    public Track track() {
        return Track.STARTUP;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = JsonMaps.projectFields(this);
        JsonMaps.putIfPresent(map, "website", website);
        JsonMaps.putIfPresent(map, "foundingYear", foundingYear);
        JsonMaps.putIfPresent(map, "territorialUseCase", territorialUseCase);
        return map;
    }
}
