package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items stored by the release before the explicit mappers (the golden files, schema version 0) read back
 * to the objects they were written from, and the mappers write the same attributes and the same document,
 * plus {@code schemaVersion}: old items read, and the release before could still read new ones.
 */
class GoldenItemsTest {

    /** One golden file, the sample it was written from, and the mapper of its item type. */
    record Golden<T>(String file, Supplier<T> sample, Function<T, Map<String, AttributeValue>> toItem,
                     Function<Map<String, AttributeValue>, T> fromItem) {

        Object readGolden() {
            return fromItem.apply(GoldenItems.item(file));
        }

        Map<String, AttributeValue> written() {
            return toItem.apply(sample.get());
        }

        Object roundTrip() {
            return fromItem.apply(written());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden<?>> goldenItems() {
        return Stream.of(
                new Golden<>("candidacy-label-v0.json", StoredSamples::labelDossier,
                        CandidacyItem::toItem, CandidacyItem::fromItem),
                new Golden<>("candidacy-startup-v0.json", StoredSamples::startupDossier,
                        CandidacyItem::toItem, CandidacyItem::fromItem),
                new Golden<>("candidacy-draft-v0.json", StoredSamples::draftDossier,
                        CandidacyItem::toItem, CandidacyItem::fromItem),
                new Golden<>("campaign-regional-v0.json", StoredSamples::regionalCampaign,
                        CampaignItem::toItem, CampaignItem::fromItem),
                new Golden<>("campaign-national-v0.json", StoredSamples::nationalCampaign,
                        CampaignItem::toItem, CampaignItem::fromItem),
                new Golden<>("jury-record-conflict-v0.json", StoredSamples::conflictedJuryRecord,
                        JuryRecordItem::toItem, JuryRecordItem::fromItem),
                new Golden<>("jury-record-scored-v0.json", StoredSamples::scoredJuryRecord,
                        JuryRecordItem::toItem, JuryRecordItem::fromItem),
                new Golden<>("audit-entry-dossier-v0.json", StoredSamples::dossierAuditEntry,
                        AuditEntryItem::toItem, AuditEntryItem::fromItem),
                new Golden<>("audit-entry-campaign-v0.json", StoredSamples::campaignAuditEntry,
                        AuditEntryItem::toItem, AuditEntryItem::fromItem));
    }

    @ParameterizedTest
    @MethodSource("goldenItems")
    void an_item_stored_before_the_mappers_reads_back_to_its_object(Golden<?> golden) {
        assertThat(golden.readGolden()).isEqualTo(golden.sample().get());
    }

    @ParameterizedTest
    @MethodSource("goldenItems")
    void the_mapper_writes_the_same_attributes_and_its_schema_version(Golden<?> golden) {
        Map<String, AttributeValue> expected = GoldenItems.attributes(GoldenItems.golden(golden.file()));
        expected.put("schemaVersion", AttributeValue.fromN("1"));
        Map<String, AttributeValue> written = new HashMap<>(golden.written());
        written.remove("data");
        // added since, beside the document: the list indexes' keys and filters (the_list_attributes_…)
        written.keySet().removeIf(name -> name.startsWith("LSK_") || name.startsWith("list"));
        if (expected.containsKey("GSI3SK") && expected.get("GSI3PK").s().equals(CandidacyItem.OUTBOX_INDEX_KEY)) {
            // written at a fixed width since (CandidacyItem.outboxIndexSortKey): the same instant
            assertThat(written.remove("GSI3SK").s()).isEqualTo(CandidacyItem.outboxIndexSortKey(
                    java.time.Instant.parse(expected.remove("GSI3SK").s())));
        }
        if (golden.file().startsWith("audit-entry")) {
            // the sort key ends with a random suffix, so that two entries of the same instant never collide
            String instant = expected.remove("SK").s().split("#")[0];
            assertThat(written.remove("SK").s()).matches(instant.replace(".", "\\.") + "#[A-Za-z0-9_-]{8}");
        }

        assertThat(written).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("goldenItems")
    void the_mapper_writes_the_same_document(Golden<?> golden) {
        JsonNode expected = GoldenItems.golden(golden.file()).get("data");

        assertThat(GoldenItems.document(golden.written())).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("goldenItems")
    void an_object_written_by_the_mapper_reads_back_equal(Golden<?> golden) {
        assertThat(golden.roundTrip()).isEqualTo(golden.sample().get());
    }

    @Test
    void a_palmares_reads_back_equal() {
        assertThat(PalmaresItem.fromItem(PalmaresItem.toItem(StoredSamples.palmares()))).isEqualTo(StoredSamples.palmares());
    }

    @Test
    void a_convened_dossier_with_its_invite_in_the_outbox_reads_back_equal() {
        Candidacy convened = StoredSamples.convenedDossier();

        assertThat(CandidacyItem.fromItem(CandidacyItem.toItem(convened))).isEqualTo(convened);
    }

    @Test
    void a_dossier_carries_the_list_attributes_of_the_golden_item() {
        Map<String, AttributeValue> written = CandidacyItem.toItem(StoredSamples.labelDossier());
        Map<String, AttributeValue> expected = GoldenItems.attributes(GoldenItems.golden("candidacy-label-list-attributes-v1.json"));

        expected.forEach((name, value) -> assertThat(written.get(name)).as(name).isEqualTo(value));
        assertThat(written.keySet().stream().filter(n -> n.startsWith("LSK_") || n.startsWith("list")))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void a_tally_shard_reads_back_its_counters_and_what_it_holds_per_dossier() {
        Map<String, AttributeValue> shard = GoldenItems.item("tally-shard-v1.json");

        var counters = TallyItem.counters(shard);
        var label = fr.interconnectes.candidatures.domain.candidacy.DossierTally.of(StoredSamples.labelDossier());
        var draft = fr.interconnectes.candidatures.domain.candidacy.DossierTally.of(StoredSamples.draftDossier());
        assertThat(TallyItem.Applied.of(shard.get(TallyItem.dossierAttribute("c7Hk2mQx9aB1c"))))
                .isEqualTo(new TallyItem.Applied(4, label));
        assertThat(TallyItem.Applied.of(shard.get(TallyItem.dossierAttribute("cDr4ftOnlyX1y"))).tally()).isEqualTo(draft);
        assertThat(counters).isEqualTo(label.plus(draft));
        assertThat(new TallyItem.Applied(4, label).toAttribute()).isEqualTo(shard.get("d:c7Hk2mQx9aB1c"));
    }

    @Test
    void the_label_dossier_reads_back_field_by_field() {
        Candidacy read = CandidacyItem.fromItem(GoldenItems.item("candidacy-label-v0.json"));

        assertThat(read.revision()).isEqualTo(12);
        assertThat(read.version()).isEqualTo(7);
        assertThat(read.form().project()).isInstanceOf(LabelProject.class);
        assertThat(read.form().applicant().kind().code()).isEqualTo("commune");
        assertThat(((LabelProject) read.form().project()).stage().code()).isEqualTo("realise");
        assertThat(read.attachments()).extracting(Attachment::state)
                .containsExactly(Attachment.State.RECEIVED, Attachment.State.PENDING);
        assertThat(read.attachments().get(1).receivedAt()).isNull();
        assertThat(read.receipt().number()).isEqualTo("FR-2026-L-0003");
        assertThat(read.outbox()).extracting(OutboxMail::state)
                .containsExactly(OutboxMail.State.SENT, OutboxMail.State.PENDING, OutboxMail.State.FAILED);
        assertThat(read.outbox().get(1).htmlBody()).isNull();
        assertThat(read.outbox().get(1).claimedUntil()).isEqualTo(Instant.parse("2026-05-25T10:02:30Z"));
        assertThat(read.nextMailDue()).contains(Instant.parse("2026-05-25T10:04:00Z"));
        assertThat(read.decision().outcome()).isEqualTo(Decision.Outcome.FINALIST);
        assertThat(read.decision().pending()).isTrue();
        assertThat(read.personalDeadline()).isEqualTo(Instant.parse("2026-06-05T21:59:59Z"));
        assertThat(read.withdrawnAt()).isNull();
        assertThat(read.originCandidacyId()).isEqualTo("cR3gion4lXyZ1");
    }

    @Test
    void the_startup_dossier_reads_back_with_its_project_and_language() {
        Candidacy read = CandidacyItem.fromItem(GoldenItems.item("candidacy-startup-v0.json"));

        assertThat(read.form().project()).isInstanceOf(StartupProject.class);
        assertThat(((StartupProject) read.form().project()).foundingYear()).isEqualTo(2019);
        assertThat(read.form().language().code()).isEqualTo("en");
        assertThat(read.form().applicant().siret()).isNull();
        assertThat(read.withdrawnAt()).isEqualTo(Instant.parse("2026-03-25T18:45:00Z"));
        assertThat(read.decision().notifiedAt()).isEqualTo(Instant.parse("2026-03-24T12:00:00Z"));
    }

    @Test
    void the_draft_reads_back_with_an_almost_empty_form() {
        Candidacy read = CandidacyItem.fromItem(GoldenItems.item("candidacy-draft-v0.json"));

        assertThat(read.form().applicant().organisation()).isNull();
        assertThat(read.contactEmail()).isEqualTo("jo@example.fr");
        assertThat(read.form().project()).isEqualTo(new LabelProject(null, null, null, null, null, null, null, null));
        assertThat(read.form().language().code()).isEqualTo("fr");
        assertThat(read.attachments()).isEmpty();
        assertThat(read.outbox()).isEmpty();
        assertThat(read.receipt()).isNull();
        assertThat(read.decision()).isNull();
    }
}
