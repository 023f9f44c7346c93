package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ReminderUnsubscribeTokens;
import java.time.Clock;
import java.time.Instant;

/**
 * The unsubscribe link of a reminder, followed without signing in: its signed token names the dossier, whose
 * reminders stop (other mails about the dossier still go). Following it again changes nothing.
 */
public record StopReminders(CandidacyWriter writer, ReminderUnsubscribeTokens tokens, Clock clock) {

    /** @param since when reminders stopped: now, or when the link was first followed */
    public record Stopped(Instant since, boolean already) {
    }

    public Stopped execute(String token) {
        String candidacyId = tokens.candidacyId(token)
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_UNSUBSCRIBE_LINK));
        Candidacy loaded = writer.candidacies().find(candidacyId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_UNSUBSCRIBE_LINK));
        Instant now = clock.instant();
        boolean already = loaded.mailing().remindersStoppedAt() != null;
        Candidacy stored = writer.apply(loaded, current -> current.mailing().remindersStoppedAt() != null ? current
                : current.withMailing(m -> m.withRemindersStopped(now)));
        return new Stopped(stored.mailing().remindersStoppedAt(), already);
    }
}
