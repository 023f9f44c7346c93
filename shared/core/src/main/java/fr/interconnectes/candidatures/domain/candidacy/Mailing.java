package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.ReminderOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the dossier keeps about mailing its contact beyond the outbox: the reminders already recorded (so a
 * retried or concurrent reminder run records none twice), whether the applicant turned reminders off, and
 * whether the contact address is undeliverable.
 *
 * @param remindersSent      codes of the reminder offsets done with ({@code P7D}...), sent or passed over
 * @param remindersStoppedAt when the applicant unsubscribed from reminders, or null
 * @param undeliverable      the address the mail service reported, or null
 */
public record Mailing(List<String> remindersSent, Instant remindersStoppedAt, Undeliverable undeliverable) {

    public static final Mailing NONE = new Mailing(List.of(), null, null);

    public Mailing {
        remindersSent = List.copyOf(remindersSent == null ? List.of() : remindersSent);
    }

    public boolean reminded(ReminderOffset offset) {
        return remindersSent.contains(offset.code());
    }

    public Mailing withRemindersSent(Collection<ReminderOffset> offsets) {
        List<String> sent = new ArrayList<>(remindersSent);
        offsets.stream().map(ReminderOffset::code).filter(code -> !sent.contains(code)).forEach(sent::add);
        return new Mailing(sent, remindersStoppedAt, undeliverable);
    }

    public Mailing withRemindersStopped(Instant at) {
        return remindersStoppedAt != null ? this : new Mailing(remindersSent, at, undeliverable);
    }

    public Mailing withUndeliverable(Undeliverable address) {
        return new Mailing(remindersSent, remindersStoppedAt, address);
    }

    /** The mark kept only while it concerns the contact address still in the form. */
    Mailing forContact(String contactEmail) {
        return undeliverable == null || undeliverable.concerns(contactEmail) ? this
                : new Mailing(remindersSent, remindersStoppedAt, null);
    }
}
