package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The application form of a dossier, as filed on create ({@code POST /campaigns/{id}/candidacies}) and full
 * update ({@code PUT /candidacies/{id}}): normalised and format-checked by {@link ApplicationFormParser},
 * possibly incomplete (a draft; see {@link ApplicationFields#requiredToSubmit(Track)}).
 *
 * <p>{@link #toMap()} is shaped like the request body (the parser reads it back to an equal form for the same
 * track): codes ({@code "fr"}, {@code "commune"}, {@code "en_cours"}), missing values left out.
 *
 * @param language the language the applicant writes and reads in; French when not given
 */
public record ApplicationForm(
        Applicant applicant,
        Project project,
        Language language) {

    public ApplicationForm {
        applicant = applicant == null ? Applicant.empty() : applicant;
        Objects.requireNonNull(project, "project");
        language = language == null ? Language.FR : language;
    }

    /** The track of the project (the campaign's). */
    public Track track() {
        return project.track();
    }

    /** The JSON-friendly form, shaped like the request body; missing values are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("applicant", applicant.toMap());
        map.put("project", project.toMap());
        map.put("language", language.code());
        return map;
    }
}
