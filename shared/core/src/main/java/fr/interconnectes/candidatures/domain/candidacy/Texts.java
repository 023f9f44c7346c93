package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Unicode;
import java.util.regex.Pattern;

/**
 * How the form's texts are cleaned before anything is checked or stored. Both kinds: control characters,
 * unpaired surrogates, the byte-order mark and the bidirectional embedding/override/isolate controls are
 * removed, the result is put in Unicode NFC and trimmed (Unicode white space). One-line texts also have
 * their tabs and line breaks turned into spaces and runs of spaces, tabs and line breaks squeezed into one
 * space, so that "Jean\tDupont" reads "Jean Dupont". Multi-line texts keep {@code \n} and {@code \t}; CR LF
 * and lone CR become {@code \n}. Trimming also removes no-break spaces at both ends (they are kept inside,
 * where French typography puts them).
 */
public final class Texts {

    /** Control characters except tab, LF and CR; lone surrogates; BOM; bidi embeddings, overrides, isolates. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}&&[^\\t\\n\\r]]|\\p{Cs}|[\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern LINE_SPACE = Pattern.compile("[ \\t\\n\\r]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private Texts() {
    }

    /** A one-line text, cleaned; {@code null} when nothing is left. */
    public static String oneLine(String raw) {
        return cleaned(raw, LINE_SPACE, " ");
    }

    /** A text that may span several lines, cleaned; {@code null} when nothing is left. */
    public static String multiLine(String raw) {
        return cleaned(raw, LINE_BREAK, "\n");
    }

    /** The length people see: Unicode code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Invisible characters removed, then each run of {@code spacing} replaced, then NFC and trimmed. */
    private static String cleaned(String raw, Pattern spacing, String replacement) {
        if (raw == null) {
            return null;
        }
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        String spaced = spacing.matcher(visible).replaceAll(replacement);
        return trimmed(Unicode.nfc(spaced));
    }

    /** Without white space or no-break space at either end; {@code null} when nothing is left. */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
