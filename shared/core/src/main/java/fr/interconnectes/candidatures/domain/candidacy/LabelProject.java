package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Track;
import java.util.Map;

/**
 * A Territoires Innovants project. {@code pooling} covers pooling and interoperability. Texts other than
 * the title may span several lines.
 */
public record LabelProject(
        String title,
        String summary,
        String description,
        ProjectStage stage,
        String partners,
        String userInvolvement,
        String pooling,
        String returnOnInvestment) implements Project {

    @Override
    public Track track() {
        return Track.LABEL;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = JsonMaps.projectFields(this);
        JsonMaps.putIfPresent(map, "stage", stage == null ? null : stage.code());
        JsonMaps.putIfPresent(map, "partners", partners);
        JsonMaps.putIfPresent(map, "userInvolvement", userInvolvement);
        JsonMaps.putIfPresent(map, "pooling", pooling);
        JsonMaps.putIfPresent(map, "returnOnInvestment", returnOnInvestment);
        return map;
    }
}
