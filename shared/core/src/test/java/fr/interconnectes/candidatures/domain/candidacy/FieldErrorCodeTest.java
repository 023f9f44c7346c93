package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldErrorCodeTest {

    @ParameterizedTest
    @EnumSource(FieldErrorCode.class)
    void every_code_is_snake_case_with_a_french_and_an_english_message(FieldErrorCode code) {
        LocalizedText message = code.message("1", "2");

        assertThat(code.code()).matches("[a-z]+(_[a-z]+)*");
        assertThat(message.fr()).isNotBlank().doesNotContain("{").doesNotContain("'");
        assertThat(message.en()).isNotBlank().doesNotContain("{").isNotEqualTo(message.fr());
    }

    @Test
    void the_codes_clients_switch_on() {
        assertThat(FieldErrorCode.values()).extracting(FieldErrorCode::code).containsExactly("required",
                "too_long", "too_short", "invalid_email", "invalid_phone", "invalid_siren", "invalid_siret",
                "siret_mismatch", "invalid_enum", "invalid_url", "invalid_year", "unknown_field", "wrong_type");
    }

    @Test
    void an_error_at_a_path() {
        FieldError error = FieldErrorCode.TOO_SHORT.at("project.title", "3");

        assertThat(error.field()).isEqualTo("project.title");
        assertThat(error.code()).isEqualTo("too_short");
        assertThat(error.message().in(Language.FR)).isEqualTo("Ce champ doit contenir au moins 3 caractères.");
        assertThat(error.message().in(Language.EN)).isEqualTo("This field must contain at least 3 characters.");
    }

    @Test
    void localized_arguments_are_resolved_in_each_language() {
        LocalizedText message = FieldErrorCode.WRONG_TYPE.message(FieldErrorCode.AN_INTEGER);

        assertThat(message.fr()).isEqualTo("Type de valeur incorrect : un nombre entier est attendu.");
        assertThat(message.en()).isEqualTo("Wrong value type: an integer is expected.");
    }

    @Test
    void the_typographic_apostrophe_survives_message_format() {
        assertThat(FieldErrorCode.UNKNOWN_FIELD.message().fr()).contains("n’est pas attendu");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void top_level_messages_lose_no_apostrophe_nor_leave_a_placeholder(ErrorCode code) {
        String french = code.message(Language.FR, "A", "B");

        // an unescaped ' in a MessageFormat pattern vanishes: "n'est" would read "nest"
        assertThat(french).doesNotContain("{").doesNotContainPattern("\\b(nest|nexiste|jusquau|dun|lapplication)\\b");
        assertThat(code.message(Language.EN, "A", "B")).doesNotContain("{");
    }
}
