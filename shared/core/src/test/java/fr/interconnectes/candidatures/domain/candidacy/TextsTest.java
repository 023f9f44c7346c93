package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void decomposed_letters_become_composed() {
        String decomposed = "e\u0301te\u0301";
        assertThat(decomposed).hasSize(5);

        assertThat(Texts.oneLine(decomposed)).isEqualTo("\u00e9t\u00e9").hasSize(3);
        assertThat(Texts.multiLine(decomposed)).isEqualTo("\u00e9t\u00e9");
    }

    @Test
    void a_control_character_between_a_letter_and_its_accent_does_not_prevent_composition() {
        assertThat(Texts.oneLine("e\u0000\u0301")).isEqualTo("\u00e9");
    }

    @Test
    void control_characters_are_removed() {
        assertThat(Texts.oneLine("a\u0000b\u0008c\u001Fd\u007Fe\u0080f\u009Fg")).isEqualTo("abcdefg");
        assertThat(Texts.multiLine("a\u0000b\u0008c\u001Fd\u007Fe\u0080f\u009Fg")).isEqualTo("abcdefg");
    }

    @Test
    void invisible_troublemakers_are_removed() {
        // byte-order mark, right-to-left override, first strong isolate, lone surrogate
        assertThat(Texts.oneLine("\uFEFFabc\u202Edef\u2068g\ud800h")).isEqualTo("abcdefgh");
        // emoji (surrogate pairs) and joiners are kept
        assertThat(Texts.oneLine("👩\u200D💻 🚲")).isEqualTo("👩\u200D💻 🚲");
    }

    @Test
    void one_line_texts_squeeze_tabs_line_breaks_and_spaces() {
        assertThat(Texts.oneLine("  Jean \t\r\n  Dupont  ")).isEqualTo("Jean Dupont");
    }

    @Test
    void no_break_spaces_of_french_typography_are_kept_inside() {
        assertThat(Texts.oneLine("Projet\u00a0: «\u202fvert\u202f»")).isEqualTo("Projet\u00a0: «\u202fvert\u202f»");
    }

    @Test
    void multi_line_texts_keep_line_feeds_and_tabs_and_unify_line_ends() {
        assertThat(Texts.multiLine("\r\n a\r\n\tb\rc\n\nd \n")).isEqualTo("a\n\tb\nc\n\nd");
    }

    @Test
    void nothing_left_is_null() {
        assertThat(Texts.oneLine(null)).isNull();
        assertThat(Texts.oneLine(" \t\u0000\n")).isNull();
        assertThat(Texts.multiLine("\n\n \u00a0")).isNull();
    }

    @Test
    void length_is_in_code_points() {
        assertThat(Texts.length("🚲é")).isEqualTo(2);
    }
}
