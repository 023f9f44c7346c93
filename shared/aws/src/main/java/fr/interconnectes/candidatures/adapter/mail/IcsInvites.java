package fr.interconnectes.candidatures.adapter.mail;

import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.notifications.Audition;
import fr.interconnectes.candidatures.notifications.CalendarInvite;
import fr.interconnectes.candidatures.notifications.ConvocationMail;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a convocation's calendar invite as an RFC 5545 file with ical4j: one {@code VEVENT} in the campaign's zone
 * with its {@code VTIMEZONE} (times are local times of that zone, as calendars show them), {@code METHOD:REQUEST}
 * for a convocation or its update, {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} for a cancellation; the UID
 * and SEQUENCE of the {@link CalendarInvite}, the organisers as {@code ORGANIZER}, the applicant as the one
 * {@code ATTENDEE}, asked to answer.
 */
final class IcsInvites {

    static final String FILE_NAME = "convocation.ics";
    static final String PRODUCT = "-//Les Interconnectés//Candidatures//FR";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsInvites() {
    }

    /** The invite of {@code mail}, with the summary and description already written in its language. */
    static MailAttachment write(ConvocationMail mail, String summary, String description) {
        CalendarInvite invite = mail.invite();
        ZoneId zone = mail.header().zone();
        VTimeZone timeZone = ZONES.getTimeZone(zone.getId()).getVTimeZone();
        Audition audition = mail.audition();
        VEvent event = new VEvent(ZonedDateTime.ofInstant(audition.start(), zone), ZonedDateTime.ofInstant(audition.end(), zone),
                summary);
        event.add(new Uid(invite.uid()));
        event.replace(new DtStamp(invite.stamp()));  // the constructor stamps it with the clock
        event.add(new Sequence(invite.sequence()));
        event.add(new Location(location(audition)));
        event.add(new Description(description));
        event.add(new Organizer(new ParameterList(List.<Parameter>of(new Cn(invite.organizerName()))),
                URI.create("mailto:" + invite.organizerEmail())));
        ParameterList attendee = new ParameterList(List.<Parameter>of(CuType.INDIVIDUAL, Role.REQ_PARTICIPANT,
                PartStat.NEEDS_ACTION, new Rsvp(!invite.cancelled()),
                new Cn(invite.attendeeName() == null ? mail.header().organisation() : invite.attendeeName())));
        event.add(new Attendee(attendee, URI.create("mailto:" + mail.to())));
        event.add(invite.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(timeZone);
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the invite " + invite.uid(), e);
        }
        return new MailAttachment(FILE_NAME, "text/calendar; method=" + (invite.cancelled() ? "CANCEL" : "REQUEST"),
                out.toString());
    }

    /** « Salle du Conseil – Hôtel de ville, 1 place de l'Hôtel de ville, 74000 Annecy ». */
    private static String location(Audition audition) {
        String place = audition.placeAddress() == null ? audition.placeName()
                : audition.placeName() + ", " + audition.placeAddress();
        return audition.room() + " – " + place;
    }
}
