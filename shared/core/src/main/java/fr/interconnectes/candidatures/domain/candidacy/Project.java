package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Track;
import java.util.Map;

/**
 * The project part of a dossier; its fields depend on the campaign's track. {@link #toMap()}, shaped like the
 * request body, leaves the track out (the campaign gives it).
 */
public sealed interface Project permits LabelProject, StartupProject {

    Track track();

    String title();

    String summary();

    String description();

    /** The JSON-friendly form, shaped like the request body's {@code project}; missing values are left out. */
    Map<String, Object> toMap();
}
