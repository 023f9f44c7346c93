package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Locale;
import java.util.Objects;

/**
 * A text file carried by a mail, such as a calendar invite ({@code invitation.ics}). Kept as text, written UTF-8:
 * the mails of the outbox carry small generated documents, never the applicants' uploads.
 *
 * @param fileName   the name the recipient sees, e.g. {@code convocation.ics}
 * @param mediaType  the MIME type with its parameters but the charset, e.g. {@code text/calendar; method=REQUEST}
 * @param content    the text of the file
 */
public record MailAttachment(String fileName, String mediaType, String content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\')) {
            throw new IllegalArgumentException("not a file name: " + fileName);
        }
        if (!mediaType.toLowerCase(Locale.ROOT).startsWith("text/") || mediaType.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a text attachment needs a text/* type: " + mediaType);
        }
    }
}
