package fr.interconnectes.candidatures.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reminds a juror of the dossiers they have not scored yet after the selection day (template
 * {@code juror_reminder}); about no single dossier, so its header names none.
 *
 * @param header   the juror's address and language, the campaign's title and zone
 * @param juror    how to greet them (null: no name known)
 * @param day      the selection day
 * @param dossiers the dossiers still to score, in the call's order
 */
public record JurorReminderMail(MailHeader header, String juror, LocalDate day, List<Dossier> dossiers)
        implements MailModel {

    /** A dossier to score, as the juror knows it. */
    public record Dossier(String receiptNumber, String organisation, String projectTitle) {
    }

    public JurorReminderMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(day, "day");
        juror = Checks.optionalText(juror);
        dossiers = List.copyOf(dossiers);
        if (dossiers.isEmpty()) {
            throw new IllegalArgumentException("a reminder names at least one dossier");
        }
    }

    @Override
    public String kind() {
        return "juror_reminder";
    }
}
