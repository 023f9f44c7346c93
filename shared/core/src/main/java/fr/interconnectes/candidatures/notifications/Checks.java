package fr.interconnectes.candidatures.notifications;

import java.util.Locale;
import java.util.Objects;

/** Checks shared by the mail models and their {@link MailHeader}; each returns the value to store. */
final class Checks {

    private Checks() {
    }

    static String recipient(String to) {
        Objects.requireNonNull(to, "to");
        String trimmed = to.trim();
        if (trimmed.isEmpty() || trimmed.indexOf('@') < 1 || holdsControl(trimmed, 0x1f)) {
            throw new IllegalArgumentException("not a mail address");
        }
        return trimmed;
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The self-service link: the only place an access token may appear. Only http(s) links are written out. */
    static String link(String link) {
        Objects.requireNonNull(link, "link");
        String lower = link.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))
                || holdsControl(link, 0x20)) {
            throw new IllegalArgumentException("the link must be an http(s) URL without spaces");
        }
        return link;
    }

    /**
     * Whether the text holds DEL or a character up to {@code highest} (the controls, and the space where it is refused):
     * a loop rather than a stream, as this runs on a submission's cold path.
     */
    private static boolean holdsControl(String text, int highest) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= highest || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
