package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.selectionday.Availability;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.SlotStatus;
import fr.interconnectes.candidatures.selectionday.TimeRange;
import fr.interconnectes.candidatures.selectionday.Timetable;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The selection day and availability items: keys, round trips, and what a reader refuses. */
class SelectionDayItemsTest {

    static SelectionDay plannedAndGenerated() {
        Instant at = Instant.parse("2027-10-12T08:00:00Z");
        Timetable timetable = new Timetable(List.of(
                new Slot("slot-d1", "d1", "A", Instant.parse("2027-10-17T07:00:00Z"), Instant.parse("2027-10-17T07:15:00Z"), 0, SlotStatus.SCHEDULED),
                new Slot("slot-d2", "d2", "B", Instant.parse("2027-10-17T07:00:00Z"), Instant.parse("2027-10-17T07:15:00Z"), 2, SlotStatus.REMOVED)),
                at, "organiser-sub");
        return SelectionDaySamples.planned("aura-2027-label", SelectionDaySamples.annecy(2027))
                .withTimetable(timetable, at, "organiser-sub").atRevision(3);
    }

    static Availability availability() {
        return new Availability("d1", "aura-2027-label", List.of(new TimeRange(Instant.parse("2027-10-17T07:00:00Z"),
                Instant.parse("2027-10-17T10:00:00Z"))), Instant.parse("2027-10-05T12:00:00Z"));
    }

    @Test
    void a_selection_day_sits_beside_its_campaign_and_reads_back_whole() {
        SelectionDay day = plannedAndGenerated();

        var item = SelectionDayItem.toItem(day);

        assertThat(item.get("PK").s()).isEqualTo("CAMPAIGN#aura-2027-label");
        assertThat(item.get("SK").s()).isEqualTo("SELECTION_DAY");
        assertThat(item.get("type").s()).isEqualTo("selection_day");
        assertThat(item.get("revision").n()).isEqualTo("3");
        assertThat(SelectionDayItem.fromItem(item)).isEqualTo(day);
    }

    @Test
    void the_plan_keeps_its_times_of_day_and_zone_and_the_slots_their_instants() {
        var document = GoldenItems.document(SelectionDayItem.toItem(plannedAndGenerated()));

        assertThat(document.at("/plan/start").asText()).isEqualTo("09:00");
        assertThat(document.at("/plan/zone").asText()).isEqualTo("Europe/Paris");
        assertThat(document.at("/plan/breaks/0/end").asText()).isEqualTo("13:30");
        assertThat(document.at("/timetable/slots/1/status").asText()).isEqualTo("removed");
        assertThat(document.at("/timetable/slots/0/start").asText()).isEqualTo("2027-10-17T07:00:00Z");
    }

    @Test
    void an_availability_sits_beside_its_dossier_listed_by_campaign() {
        var item = AvailabilityItem.toItem(availability());

        assertThat(item.get("PK").s()).isEqualTo("CANDIDACY#d1");
        assertThat(item.get("SK").s()).isEqualTo("AVAILABILITY");
        assertThat(item.get("GSI1PK").s()).isEqualTo("AVAILABILITY#aura-2027-label");
        assertThat(AvailabilityItem.fromItem(item)).isEqualTo(availability());
    }

    @Test
    void a_slot_of_an_unknown_status_is_refused_rather_than_read_in_part() {
        var item = new HashMap<>(SelectionDayItem.toItem(plannedAndGenerated()));
        item.put("data", AttributeValue.fromS(item.get("data").s().replace("\"removed\"", "\"postponed\"")));

        assertThatThrownBy(() -> SelectionDayItem.fromItem(item)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("status");
    }
}
