package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.ReminderOffset;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reminds the contact of a draft that its deadline is near (template {@code reminder}).
 *
 * @param header          recipient, language, zone and what the dossier is
 * @param offset          how long before the deadline this reminder is
 * @param deadline        the dossier's deadline (the campaign's, or a personal extension)
 * @param missing         what a submission still lacks, each item written for people in the mail's language
 * @param link            self-service link (may carry the access token)
 * @param unsubscribeLink where the applicant turns these reminders off, without signing in
 */
public record ReminderMail(
        MailHeader header,
        ReminderOffset offset,
        Instant deadline,
        List<String> missing,
        String link,
        String unsubscribeLink) implements MailModel {

    public static final String KIND = "reminder";

    public ReminderMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(deadline, "deadline");
        missing = missing == null ? List.of() : List.copyOf(missing);
        link = Checks.link(link);
        unsubscribeLink = Checks.link(unsubscribeLink);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
