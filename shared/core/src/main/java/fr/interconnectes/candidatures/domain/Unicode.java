package fr.interconnectes.candidatures.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode normalization of the texts people type, without loading the JDK's ICU normalizer for the texts it would
 * leave as they are. Nearly every text of these calls is French: Latin-1 letters and a few typographic characters,
 * none of which has a canonical decomposition but the accented letters, whose base letters are written out below.
 * Any other character (a combining mark, another script) goes through {@link Normalizer}, so the results are always
 * Normalizer's (UnicodeTest compares them for every character up to U+024F and the typographic ones).
 */
public final class Unicode {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** U+00C0 to U+00FF with their accents taken off (the ones without a canonical decomposition stay). */
    private static final String LATIN_1_BASES = "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy";

    private Unicode() {
    }

    /** {@code text} in NFC. */
    public static String nfc(String text) {
        return isPlainLatin(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** {@code text} decomposed (NFD) with its combining marks removed: "Communauté" → "Communaute". */
    public static String withoutAccents(String text) {
        if (!isPlainLatin(text)) {
            return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder bases = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C0' && c <= '\u00FF') {
                if (bases == null) {
                    bases = new StringBuilder(text);
                }
                bases.setCharAt(i, LATIN_1_BASES.charAt(c - '\u00C0'));
            }
        }
        return bases == null ? text : bases.toString();
    }

    /**
     * Whether every character is one that NFC and NFD leave alone, but for the Latin-1 accented letters: Latin-1, the
     * French ligatures œ and Œ, and the typographic dashes, quotes, ellipsis, narrow no-break space and euro sign.
     */
    static boolean isPlainLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\u00FF' && c != '\u0152' && c != '\u0153' && !(c >= '\u2013' && c <= '\u2014')
                    && !(c >= '\u2018' && c <= '\u201E') && c != '\u2026' && c != '\u202F' && c != '\u20AC') {
                return false;
            }
        }
        return true;
    }
}
