package fr.interconnectes.candidatures.adapter.mail;

import static fr.interconnectes.candidatures.domain.Language.EN;
import static fr.interconnectes.candidatures.domain.Language.FR;
import static fr.interconnectes.candidatures.testing.MailSamples.LINK;
import static fr.interconnectes.candidatures.testing.MailSamples.ORG;
import static fr.interconnectes.candidatures.testing.MailSamples.PROJECT;
import static fr.interconnectes.candidatures.testing.MailSamples.TO;
import static fr.interconnectes.candidatures.testing.MailSamples.header;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.notifications.Audition;
import fr.interconnectes.candidatures.notifications.CalendarInvite;
import fr.interconnectes.candidatures.notifications.ConvocationMail;
import fr.interconnectes.candidatures.notifications.ConvocationMail.Change;
import fr.interconnectes.candidatures.port.Mailer.Mail;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The convocation mails and their calendar invites, parsed back and validated with ical4j. */
class ConvocationMailTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2027, 10, 14);
    static final Instant START = ZonedDateTime.of(2027, 10, 14, 9, 30, 0, 0, PARIS).toInstant();
    static final String UID = CalendarInvite.uidOf("aura-2027-label", "c-123");

    final MustacheMailTemplates templates = new MustacheMailTemplates();

    static ConvocationMail mail(Language language, Change change, int sequence, boolean startup, Instant start) {
        return new ConvocationMail(header(language), change, new Audition(start.atZone(PARIS).toLocalDate(),
                "Impérial Palace", "1 rue Jean Jaurès, 74000 Annecy", "Salle du Conseil", start,
                start.plusSeconds(startup ? 600 : 900), startup ? 5 : 15, startup ? 5 : 0, startup),
                new CalendarInvite(UID, sequence, change == Change.CANCELLED, Instant.parse("2027-10-01T08:00:00Z"),
                        "Les Interconnectés", "candidatures@interconnectes.fr", "Élise Martin"),
                LINK);
    }

    static Calendar parsed(MailAttachment invite) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(invite.content()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void a_convocation_in_french_tells_when_where_how_and_what_to_bring() {
        Mail mail = templates.render(mail(FR, Change.CONVENED, 0, false, START));

        assertThat(mail.subject()).isEqualTo("Convocation – journée de sélection du jeudi 14 octobre 2027 – "
                + header(FR).campaignTitle());
        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertThat(body).contains("jeudi 14 octobre 2027").contains("de 9 h 30 à 9 h 45 (heure de Paris)")
                    .contains("Impérial Palace, 1 rue Jean Jaurès, 74000 Annecy").contains("Salle du Conseil")
                    .contains("15 minutes pour présenter votre projet et répondre aux questions du jury")
                    .contains("clé USB").contains("confirmer votre présence").doesNotContain("remplace la précédente");
        }
        assertThat(mail.textBody()).contains("\n" + LINK + "\n").contains(ORG);
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("convocation.ics");
            assertThat(file.mediaType()).isEqualTo("text/calendar; method=REQUEST");
        });
    }

    @Test
    void a_start_up_pitches_five_minutes_then_answers_five_in_english() {
        Mail mail = templates.render(mail(EN, Change.CONVENED, 0, true, START));

        assertThat(mail.subject()).startsWith("Invitation – selection day of Thursday 14 October 2027 – ");
        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertThat(body).contains("from 9:30 am to 9:40 am (Paris time)")
                    .contains("a 5-minute presentation, then 5 minutes of questions").contains("your pitch");
        }
    }

    @Test
    void the_invite_is_a_valid_request_in_the_paris_zone_with_its_uid_sequence_organizer_and_attendee() throws Exception {
        MailAttachment invite = templates.render(mail(FR, Change.CONVENED, 0, false, START)).attachments().get(0);
        Calendar calendar = parsed(invite);

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(((VTimeZone) tz).getTimeZoneId().getValue()).isEqualTo("Europe/Paris"));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:candidatures@interconnectes.fr");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:" + TO);
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter("RSVP").orElseThrow().getValue())
                .isEqualTo("TRUE");
        assertThat(value(event, Property.LOCATION))
                .isEqualTo("Salle du Conseil – Impérial Palace, 1 rue Jean Jaurès, 74000 Annecy");
        assertThat(value(event, Property.SUMMARY)).contains(PROJECT).contains("Audition");
        assertThat(value(event, Property.DESCRIPTION)).contains("15 minutes de présentation et de questions");
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(start.getValue()).isEqualTo("20271014T093000");
        assertThat(Instant.from(start.getDate())).isEqualTo(START);
        assertThat(invite.content()).contains("\r\n").contains("METHOD:REQUEST").contains("DTSTART;TZID=Europe/Paris:20271014T093000");
    }

    @Test
    void on_the_day_summer_time_ends_the_local_time_is_the_one_the_clocks_show() throws Exception {
        // 31 October 2027: clocks go back from 3:00 to 2:00 in Paris
        Instant afterChange = ZonedDateTime.of(2027, 10, 31, 14, 0, 0, 0, PARIS).toInstant();
        VEvent event = parsed(templates.render(mail(FR, Change.CONVENED, 0, false, afterChange)).attachments().get(0))
                .<VEvent>getComponents("VEVENT").get(0);

        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20271031T140000");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(afterChange);
        assertThat(afterChange).isEqualTo(Instant.parse("2027-10-31T13:00:00Z"));
    }

    @Test
    void a_moved_audition_says_so_and_its_invite_has_the_same_uid_and_a_higher_sequence() throws Exception {
        Mail mail = templates.render(mail(FR, Change.MOVED, 1, false, START.plusSeconds(3600)));

        assertThat(mail.subject()).startsWith("Convocation modifiée");
        assertThat(mail.textBody()).contains("remplace la précédente").contains("de 10 h 30 à 10 h 45");
        VEvent event = parsed(mail.attachments().get(0)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_cancellation_is_a_valid_cancel_of_the_same_event(Language language) throws Exception {
        Mail mail = templates.render(mail(language, Change.CANCELLED, 2, false, START));

        assertThat(mail.subject()).startsWith(language == FR ? "Audition annulée" : "Audition cancelled");
        assertThat(mail.attachments()).singleElement()
                .satisfies(file -> assertThat(file.mediaType()).isEqualTo("text/calendar; method=CANCEL"));
        Calendar calendar = parsed(mail.attachments().get(0));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }
}
