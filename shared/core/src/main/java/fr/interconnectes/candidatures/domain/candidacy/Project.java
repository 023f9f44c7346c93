package fr.interconnectes.candidatures.domain.candidacy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fr.interconnectes.candidatures.domain.Track;
import java.util.Map;

/**
 * The project part of a dossier; its fields depend on the campaign's track. In a stored JSON document
 * (Jackson) the project carries its track as {@code "track": "label" | "startup"}; {@link #toMap()}, shaped
 * like the request body, does not (the campaign gives the track).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "track")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LabelProject.class, name = "label"),
        @JsonSubTypes.Type(value = StartupProject.class, name = "startup")
})
public sealed interface Project permits LabelProject, StartupProject {

    Track track();

    String title();

    String summary();

    String description();

    /** The JSON-friendly form, shaped like the request body's {@code project}; missing values are left out. */
    Map<String, Object> toMap();
}
