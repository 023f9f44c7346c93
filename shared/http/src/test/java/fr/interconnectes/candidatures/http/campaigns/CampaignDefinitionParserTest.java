package fr.interconnectes.candidatures.http.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.campaigns.SaveCampaign;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.testing.Refusals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CampaignDefinitionParserTest {

    private static final String FULL = """
            {"title": {"fr": " Label Territoires Innovants 2030 ", "en": "Innovative Territories Label 2030"},
             "region": {"code": "ara", "name": "Auvergne-Rhône-Alpes"}, "track": "label", "edition": 2030,
             "opensAt": "2029-09-01T00:00:00+02:00", "closesAt": "2030-10-10T23:59:59.999+02:00",
             "timeZone": "Europe/Paris",
             "regionalSelection": {"date": "2030-10-17", "place": "Annecy", "presentationMinutes": 15},
             "criteria": [
               {"id": "innovation", "label": {"fr": "Innovation"}, "scaleMin": 0, "scaleMax": 20, "weight": 2},
               {"id": "usagers", "label": {"fr": "Usagers", "en": "Users"}, "scaleMin": 0, "scaleMax": 20}],
             "uploadLimits": {"maxFileBytes": 5242880, "maxFiles": 3, "allowedTypes": ["application/pdf", "png"]}}
            """;

    @Test
    void a_full_definition_is_the_campaign_it_describes() {
        Campaign campaign = CampaignDefinitionParser.parse("ara-2030-label", Requests.json(FULL));

        assertThat(campaign.id()).isEqualTo("ara-2030-label");
        assertThat(campaign.title().fr()).isEqualTo("Label Territoires Innovants 2030");
        assertThat(campaign.region().code()).isEqualTo("ARA");
        assertThat(campaign.track()).isEqualTo(Track.LABEL);
        assertThat(campaign.edition()).isEqualTo(2030);
        assertThat(campaign.closesAt()).isEqualTo(Instant.parse("2030-10-10T21:59:59.999Z"));
        assertThat(campaign.regionalSelection().date()).isEqualTo(LocalDate.of(2030, 10, 17));
        assertThat(campaign.regionalSelection().questionMinutes()).isZero();
        assertThat(campaign.criteria()).extracting(c -> c.id() + " " + c.scaleMax() + " " + c.weight())
                .containsExactly("innovation 20 2.0", "usagers 20 1.0");
        assertThat(campaign.uploadLimits().maxFiles()).isEqualTo(3);
        assertThat(campaign.uploadLimits().allowedTypes()).hasSize(2);
    }

    @Test
    void the_zone_grid_limits_and_selection_have_defaults() {
        Campaign campaign = CampaignDefinitionParser.parse("ara-2030-label", Requests.json("""
                {"title": {"fr": "Label"}, "region": {"code": "ARA", "name": "Auvergne-Rhône-Alpes"},
                 "track": "startup", "edition": 2030,
                 "opensAt": "2029-09-01T00:00:00+02:00", "closesAt": "2030-10-10T23:59:59.999+02:00"}
                """));

        assertThat(campaign.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(campaign.criteria()).isEqualTo(JuryGrid.common());
        assertThat(campaign.uploadLimits()).isEqualTo(UploadLimits.defaults());
        assertThat(campaign.regionalSelection()).isNull();
        assertThat(campaign.title().en()).isNull();
        assertThat(campaign.reminderOffsets()).isEqualTo(ReminderOffset.DEFAULTS);
    }

    @Test
    void reminder_offsets_are_data_none_when_empty_and_every_faulty_one_is_named() {
        String base = FULL.substring(0, FULL.lastIndexOf('}'));

        Campaign chosen = CampaignDefinitionParser.parse("ara-2030-label",
                Requests.json(base + ", \"reminderOffsets\": [\"PT6H\", \"P3D\"]}"));
        Campaign none = CampaignDefinitionParser.parse("ara-2030-label", Requests.json(base + ", \"reminderOffsets\": []}"));
        var refused = Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030-label",
                Requests.json(base + ", \"reminderOffsets\": [\"P3D\", \"P3D\", \"P90D\", 7, \"PT1H\"]}")));
        var notAList = Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030-label",
                Requests.json(base + ", \"reminderOffsets\": \"P7D\"}")));

        assertThat(chosen.reminderOffsets()).extracting(ReminderOffset::code).containsExactly("P3D", "PT6H");
        assertThat(none.reminderOffsets()).isEmpty();
        assertThat(Refusals.fields(refused)).containsExactly("reminderOffsets[1] invalid_offset",
                "reminderOffsets[2] invalid_offset", "reminderOffsets[3] invalid_offset");
        assertThat(Refusals.fields(notAList)).containsExactly("reminderOffsets invalid_reminders");
    }

    @Test
    void the_retention_periods_are_data_with_defaults_for_those_not_given() {
        String base = """
                {"title": {"fr": "Label"}, "region": {"code": "ARA", "name": "Auvergne-Rhône-Alpes"},
                 "track": "label", "edition": 2030,
                 "opensAt": "2029-09-01T00:00:00+02:00", "closesAt": "2030-10-10T23:59:59.999+02:00"%s}
                """;
        assertThat(CampaignDefinitionParser.parse("ara-2030-label", Requests.json(base.formatted(""))).retention())
                .isEqualTo(RetentionPolicy.DEFAULTS);
        assertThat(CampaignDefinitionParser.parse("ara-2030-label", Requests.json(base.formatted(
                ", \"retention\": {\"notSelectedMonths\": 24, \"finalistMonths\": 120}"))).retention())
                .isEqualTo(new RetentionPolicy(RetentionPolicy.DEFAULT_UNFILED_MONTHS, 24, 120));

        var refused = Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030-label", Requests.json(base.formatted(
                ", \"retention\": {\"unfiledMonths\": 0, \"finalistMonths\": 601, \"forever\": true}"))));
        assertThat(Refusals.fields(refused)).containsExactlyInAnyOrder("retention.forever unknown_field",
                "retention.unfiledMonths out_of_range", "retention.finalistMonths out_of_range");
    }

    @Test
    void every_fault_of_the_definition_comes_at_once() {
        var refused = Refusals.of(() -> CampaignDefinitionParser.parse("X", Requests.json("""
                {"title": {"en": "No French"}, "region": {"code": "Auvergne", "name": "ARA"}, "track": "contest",
                 "edition": 1999, "opensAt": "2030-09-01T00:00:00+02:00", "closesAt": "2030-01-01T00:00:00+01:00",
                 "timeZone": "Mars/Olympus", "colour": "blue",
                 "criteria": [{"id": "innovation", "label": {"fr": "A"}, "scaleMin": 5, "scaleMax": 5},
                              {"id": "innovation", "label": {"fr": "B"}, "scaleMin": 0, "scaleMax": 10, "weight": 0}],
                 "uploadLimits": {"maxFileBytes": 10, "allowedTypes": ["exe"]}}
                """)));

        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(Refusals.fields(refused)).containsExactly(
                "id invalid_id",
                "colour unknown_field",
                "title required",
                "region.code invalid_region",
                "track invalid_enum",
                "edition out_of_range",
                "timeZone invalid_zone",
                "closesAt before_opening",
                "criteria[0].scaleMax invalid_scale",
                "criteria[1].id invalid_id",
                "criteria[1].weight out_of_range",
                "uploadLimits.maxFileBytes out_of_range",
                "uploadLimits.allowedTypes invalid_enum");
        assertThat(Refusals.field(refused, "edition").message().in(Language.EN)).isEqualTo("Integer between 2000 and 2100.");
    }

    @Test
    void a_body_that_is_not_a_small_json_object_is_refused_before_its_fields() {
        assertThat(Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030", Requests.json("{"))).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        assertThat(Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030", Requests.json("[1]"))).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        assertThat(Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030", Requests.json(" "))).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        String huge = "{\"title\": {\"fr\": \"" + "x".repeat(CampaignDefinitionParser.MAX_BODY_BYTES) + "\"}}";
        assertThat(Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030", Requests.json(huge))).code())
                .isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
        assertThat(Refusals.of(() -> CampaignDefinitionParser.parse("ara-2030", Requests.withBody("text/plain", FULL)))
                .code()).isEqualTo(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void a_copy_names_the_new_campaign_and_its_year() {
        SaveCampaign.Copy copy = CampaignDefinitionParser.copy("aura-2027-label",
                Requests.json("{\"id\": \"aura-2028-label\", \"edition\": 2028}"));

        assertThat(copy).isEqualTo(new SaveCampaign.Copy("aura-2027-label", "aura-2028-label", 2028));
    }

    @Test
    void a_faulty_copy_request_lists_its_faults() {
        var both = Refusals.of(() -> CampaignDefinitionParser.copy("aura-2027-label",
                Requests.json("{\"id\": \"Aura 2028\", \"edition\": 1999}")));
        assertThat(Refusals.fields(both)).containsExactly("edition out_of_range", "id invalid_id");
        assertThat(Refusals.field(both, "edition").message().in(Language.FR)).isEqualTo("Année entre 2000 et 2100.");

        assertThat(Refusals.fields(Refusals.of(() -> CampaignDefinitionParser.copy("aura-2027-label",
                Requests.json("{}"))))).containsExactly("edition out_of_range", "id invalid_id");
        assertThat(Refusals.fields(Refusals.of(() -> CampaignDefinitionParser.copy("aura-2027-label",
                Requests.json("{\"id\": 12, \"edition\": 2028}"))))).containsExactly("id wrong_type");
        assertThat(Refusals.fields(Refusals.of(() -> CampaignDefinitionParser.copy("aura-2027-label",
                Requests.json("{\"id\": \"aura-2028\", \"edition\": 2028, \"title\": \"x\"}")))))
                .containsExactly("title unknown_field");
    }
}
