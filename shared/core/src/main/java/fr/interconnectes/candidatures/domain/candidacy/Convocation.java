package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;
import java.util.Objects;

/**
 * What the applicant was last told of their audition on the selection day, and their answer. {@code sequence} is
 * the version of the slot it was sent for (the calendar invite's SEQUENCE): a convocation is sent once per slot
 * version, so sending again after nothing changed mails nobody.
 *
 * @param slotId      the slot in the campaign's timetable (stable: the invite's UID is made from it)
 * @param sequence    the slot's version sent
 * @param panelId     the panel that hears the dossier
 * @param room        the panel's room, as sent
 * @param place       the venue and its address, as sent
 * @param start       the audition's start, as sent
 * @param end         its end
 * @param state       sent, or cancelled by the last mail (METHOD:CANCEL)
 * @param sentAt      when that mail was recorded
 * @param attendance  the applicant's answer to this version; a changed slot asks again
 * @param note        the applicant's note with their answer
 * @param answeredAt  when they answered
 */
public record Convocation(String slotId, int sequence, String panelId, String room, String place, Instant start,
                          Instant end,
                          State state, Instant sentAt, Attendance attendance, String note, Instant answeredAt) {

    /** Whether the audition stands or was called off. */
    public enum State { SENT, CANCELLED }

    /** The applicant's answer. */
    public enum Attendance { PENDING, CONFIRMED, DECLINED }

    /** Longest note kept with an answer. */
    public static final int MAX_NOTE = 1000;

    public Convocation {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(panelId, "panelId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(state, "state");
        attendance = attendance == null ? Attendance.PENDING : attendance;
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** A convocation just sent for this version of the slot; the applicant has not answered it yet. */
    public static Convocation sent(String slotId, int sequence, String panelId, String room, String place,
                                   Instant start, Instant end, Instant now) {
        return new Convocation(slotId, sequence, panelId, room, place, start, end, State.SENT, now, Attendance.PENDING, null, null);
    }

    /** The audition cancelled at this version of the slot. */
    public Convocation cancelledAt(int newSequence, Instant now) {
        return new Convocation(slotId, newSequence, panelId, room, place, start, end, State.CANCELLED, now, Attendance.PENDING, null, null);
    }

    public Convocation answered(Attendance answer, String answerNote, Instant now) {
        return new Convocation(slotId, sequence, panelId, room, place, start, end, state, sentAt, answer, answerNote, now);
    }

    /** Whether this is what was sent for the slot at that version: then nothing is to be sent. */
    public boolean sentFor(String otherSlotId, int otherSequence) {
        return slotId.equals(otherSlotId) && sequence >= otherSequence;
    }
}
