package fr.interconnectes.candidatures.domain.candidacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The application form of a dossier, as filed on create ({@code POST /campaigns/{id}/candidacies}) and full
 * update ({@code PUT /candidacies/{id}}): normalised and format-checked by {@link ApplicationFormParser},
 * possibly incomplete (a draft; see {@link ApplicationFields#requiredToSubmit(Track)}).
 *
 * <p>Two JSON shapes: {@link #toMap()} is shaped like the request body (the parser reads it back to an equal
 * form for the same track); the Jackson form ({@code Json.write(form)} / {@code Json.read(json,
 * ApplicationForm.class)}) is the same plus {@code project.track}, so a stored document is self-describing.
 * Both write codes ({@code "fr"}, {@code "commune"}, {@code "en_cours"}) and leave missing values out.
 *
 * @param language the language the applicant writes and reads in; French when not given
 */
public record ApplicationForm(
        Applicant applicant,
        Project project,
        @JsonSerialize(using = ApplicationForm.LanguageCodeSerializer.class)
        @JsonDeserialize(using = ApplicationForm.LanguageCodeDeserializer.class)
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

    /** Writes {@link Language} as its code ({@code "fr"}, {@code "en"}). */
    static final class LanguageCodeSerializer extends JsonSerializer<Language> {
        @Override
        public void serialize(Language value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.code());
        }
    }

    /** Reads {@code "fr"} / {@code "en"} (any case); anything else is an error, not a silent French. */
    static final class LanguageCodeDeserializer extends JsonDeserializer<Language> {
        @Override
        public Language deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String code = parser.getValueAsString();
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(code)) {
                    return language;
                }
            }
            return (Language) context.handleWeirdStringValue(Language.class, code, "expected \"fr\" or \"en\"");
        }
    }
}
