package fr.interconnectes.candidatures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unicode's shortcuts give what the JDK's Normalizer gives, character by character and in whole texts. */
class UnicodeTest {

    private static List<String> characters() {
        List<String> all = new ArrayList<>();
        for (char c = 0; c <= '\u024F'; c++) {
            all.add(String.valueOf(c));
        }
        for (char c : "\u2013\u2014\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u2026\u202F\u20AC\u0301\u0327".toCharArray()) {
            all.add(String.valueOf(c));
        }
        return all;
    }

    private static final List<String> TEXTS = List.of("Communauté de communes du Pays d’Évian",
            "Cœur de ville « numérique » – 1 200 h/an…", "ÇA VA, GARÇON ?", "e\u0301cole (decomposed)",
            "Ångström \u212B", "Ελληνικά", "東京", "plain ascii", "");

    @Test
    void nfc_is_the_normalizers_for_every_latin_and_typographic_character_and_for_mixed_texts() {
        assertThat(characters()).allSatisfy(c -> assertThat(Unicode.nfc(c))
                .as("U+%04X", (int) c.charAt(0)).isEqualTo(Normalizer.normalize(c, Normalizer.Form.NFC)));
        assertThat(TEXTS).allSatisfy(t -> assertThat(Unicode.nfc(t)).isEqualTo(Normalizer.normalize(t,
                Normalizer.Form.NFC)));
    }

    @Test
    void without_accents_is_nfd_without_marks_for_every_latin_and_typographic_character_and_for_mixed_texts() {
        assertThat(characters()).allSatisfy(c -> assertThat(Unicode.withoutAccents(c))
                .as("U+%04X", (int) c.charAt(0)).isEqualTo(reference(c)));
        assertThat(TEXTS).allSatisfy(t -> assertThat(Unicode.withoutAccents(t)).isEqualTo(reference(t)));
        assertThat(Unicode.withoutAccents("Communauté d’Évian")).isEqualTo("Communaute d’Evian");
    }

    @Test
    void the_shortcut_is_taken_only_where_it_is_safe() {
        assertThat(Unicode.isPlainLatin("Cœur « numérique » – 20 €")).isTrue();
        assertThat(Unicode.isPlainLatin("e\u0301cole")).as("a combining mark").isFalse();
        assertThat(Unicode.isPlainLatin("\u212B")).as("a singleton decomposition").isFalse();
    }

    private static String reference(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
