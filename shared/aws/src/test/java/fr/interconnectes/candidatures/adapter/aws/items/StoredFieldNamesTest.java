package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored field names are the documented ones, written out here as well: renaming a record component
 * cannot change what is stored, and a change of the stored shape must change this list and STORED_SCHEMA.md.
 */
class StoredFieldNamesTest {

    /** One document type, its samples (together they fill every field), and all its field paths. */
    record Documented(String name, List<Supplier<Map<String, AttributeValue>>> samples, Set<String> mapFields,
                      List<String> paths) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Documented> documents() {
        return Stream.of(
                new Documented("candidacy",
                        List.of(() -> CandidacyItem.toItem(StoredSamples.labelDossier()),
                                () -> CandidacyItem.toItem(StoredSamples.startupDossier()),
                                () -> CandidacyItem.toItem(StoredSamples.draftDossier()),
                                () -> CandidacyItem.toItem(StoredSamples.convenedDossier()),
                                () -> CandidacyItem.toItem(StoredSamples.erasedDossier()),
                                () -> CandidacyItem.toItem(StoredSamples.mailedDraft()),
                                () -> CandidacyItem.toItem(StoredSamples.mailedDraftWithRequestIds()),
                                () -> CandidacyItem.toItem(StoredSamples.unwrittenNotices())),
                        Set.of(),
                        List.of("id", "campaignId", "status",
                                "form", "form.applicant", "form.applicant.organisation", "form.applicant.kind",
                                "form.applicant.siren", "form.applicant.siret", "form.applicant.contact",
                                "form.applicant.contact.name", "form.applicant.contact.role",
                                "form.applicant.contact.email", "form.applicant.contact.phone",
                                "form.project", "form.project.track", "form.project.title", "form.project.summary",
                                "form.project.description", "form.project.stage", "form.project.partners",
                                "form.project.userInvolvement", "form.project.pooling",
                                "form.project.returnOnInvestment", "form.project.website",
                                "form.project.foundingYear", "form.project.territorialUseCase", "form.language",
                                "accessTokenHashes",
                                "attachments", "attachments[].id", "attachments[].fileName", "attachments[].type",
                                "attachments[].size", "attachments[].state", "attachments[].storageKey",
                                "attachments[].createdAt", "attachments[].receivedAt",
                                "receipt", "receipt.number", "receipt.submittedAt",
                                "lastSubmittedAt", "withdrawnAt", "personalDeadline", "version", "revision",
                                "createdAt", "updatedAt",
                                "outbox", "outbox[].id", "outbox[].kind", "outbox[].to", "outbox[].subject",
                                "outbox[].textBody", "outbox[].htmlBody", "outbox[].attachments",
                                "outbox[].attachments[].fileName", "outbox[].attachments[].mediaType",
                                "outbox[].attachments[].content", "outbox[].linkNonce", "outbox[].state",
                                "outbox[].attempts", "outbox[].nextAttemptAt", "outbox[].claimedUntil",
                                "outbox[].createdAt", "outbox[].sentAt", "outbox[].providerMessageId",
                                "outbox[].lastError", "outbox[].outcome", "outbox[].outcome.type",
                                "outbox[].outcome.at", "outbox[].outcome.detail", "outbox[].resendOf", "outbox[].requestId",
                                "outbox[].draft", "outbox[].draft.kind", "outbox[].draft.header",
                                "outbox[].draft.header.to", "outbox[].draft.header.language",
                                "outbox[].draft.header.zone", "outbox[].draft.header.campaignTitle",
                                "outbox[].draft.header.organisation", "outbox[].draft.header.projectTitle",
                                "outbox[].draft.receiptNumber", "outbox[].draft.submittedAt",
                                "outbox[].draft.attachments", "outbox[].draft.attachments[].fileName",
                                "outbox[].draft.attachments[].size", "outbox[].draft.regionalSelection",
                                "outbox[].draft.regionalSelection.date", "outbox[].draft.regionalSelection.place",
                                "outbox[].draft.regionalSelection.presentationMinutes",
                                "outbox[].draft.regionalSelection.questionMinutes", "outbox[].draft.deadline",
                                "outbox[].draft.withdrawnAt", "outbox[].draft.status", "outbox[].draft.link",
                                "remindersSent", "remindersStoppedAt", "undeliverable", "undeliverable.address",
                                "undeliverable.reason", "undeliverable.at", "undeliverable.mailId",
                                "undeliverable.detail",
                                "decision", "decision.outcome", "decision.message", "decision.decidedBy",
                                "decision.decidedAt", "decision.notifiedAt",
                                "originCandidacyId",
                                "convocation", "convocation.slotId", "convocation.sequence", "convocation.panelId",
                                "convocation.room", "convocation.place", "convocation.start", "convocation.end", "convocation.state",
                                "convocation.sentAt", "convocation.attendance", "convocation.note",
                                "convocation.answeredAt",
                                "erasure", "erasure.cause", "erasure.reason", "erasure.requestedBy",
                                "erasure.requestedAt", "erasure.remaining", "erasure.completedAt",
                                "erasure.lastError")),
                new Documented("campaign",
                        List.of(() -> CampaignItem.toItem(StoredSamples.regionalCampaign()),
                                () -> CampaignItem.toItem(StoredSamples.nationalCampaign()),
                                () -> CampaignItem.toItem(StoredSamples.campaignWithOwnRetention()),
                                () -> CampaignItem.toItem(StoredSamples.campaignWithReminders())),
                        Set.of(),
                        List.of("id", "title", "title.fr", "title.en", "region", "region.code", "region.name",
                                "track", "edition", "opensAt", "closesAt", "timeZone",
                                "regionalSelection", "regionalSelection.date", "regionalSelection.place",
                                "regionalSelection.presentationMinutes", "regionalSelection.questionMinutes",
                                "criteria", "criteria[].id", "criteria[].label", "criteria[].label.fr",
                                "criteria[].label.en", "criteria[].scaleMin", "criteria[].scaleMax",
                                "criteria[].weight",
                                "uploadLimits", "uploadLimits.maxFileBytes", "uploadLimits.maxFiles",
                                "uploadLimits.allowedTypes",
                                "retention", "retention.unfiledMonths", "retention.notSelectedMonths",
                                "retention.finalistMonths", "reminderOffsets")),
                new Documented("jury record",
                        List.of(() -> JuryRecordItem.toItem(StoredSamples.conflictedJuryRecord()),
                                () -> JuryRecordItem.toItem(StoredSamples.scoredJuryRecord())),
                        Set.of("scores"),
                        List.of("candidacyId", "campaignId", "jurorId", "assignedAt", "assignedBy",
                                "conflictDeclaredAt", "conflictReason", "scores", "comment", "scoredAt",
                                "revision")),
                new Documented("palmares",
                        List.of(() -> PalmaresItem.toItem(StoredSamples.palmares())),
                        Set.of(),
                        List.of("campaignId", "laureates", "laureates[].organisation", "laureates[].kind",
                                "laureates[].projectTitle", "laureates[].summary", "publishedAt", "publishedBy")),
                new Documented("audit entry",
                        List.of(() -> AuditEntryItem.toItem(StoredSamples.dossierAuditEntry()),
                                () -> AuditEntryItem.toItem(StoredSamples.campaignAuditEntry())),
                        Set.of("details"),
                        List.of("campaignId", "candidacyId", "actor", "actorRoles", "action", "details", "at")),
                new Documented("selection day",
                        List.of(() -> SelectionDayItem.toItem(SelectionDayItemsTest.plannedAndGenerated())),
                        Set.of(),
                        List.of("campaignId", "plan", "plan.date", "plan.zone", "plan.place", "plan.place.name",
                                "plan.place.address", "plan.start", "plan.latestEnd", "plan.changeoverMinutes",
                                "plan.formats", "plan.formats[].track", "plan.formats[].presentationMinutes",
                                "plan.formats[].questionMinutes", "plan.breaks", "plan.breaks[].start",
                                "plan.breaks[].end", "plan.breaks[].label", "plan.panels", "plan.panels[].id",
                                "plan.panels[].room", "plan.panels[].jurors", "plan.panels[].jurors[].id",
                                "plan.panels[].jurors[].name", "plan.panels[].jurors[].email",
                                "plan.panels[].jurors[].language", "timetable", "timetable.generatedAt",
                                "timetable.generatedBy", "timetable.slots", "timetable.slots[].slotId",
                                "timetable.slots[].candidacyId", "timetable.slots[].panelId",
                                "timetable.slots[].start", "timetable.slots[].end", "timetable.slots[].sequence",
                                "timetable.slots[].status", "updatedAt", "updatedBy", "revision")),
                new Documented("availability",
                        List.of(() -> AvailabilityItem.toItem(SelectionDayItemsTest.availability())),
                        Set.of(),
                        List.of("candidacyId", "campaignId", "unavailable", "unavailable[].start",
                                "unavailable[].end", "updatedAt")));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void the_written_field_names_are_exactly_the_documented_ones(Documented documented) {
        Set<String> written = new TreeSet<>();
        documented.samples().forEach(sample ->
                collect(GoldenItems.document(sample.get()), "", documented.mapFields(), written));

        assertThat(written).containsExactlyInAnyOrderElementsOf(documented.paths());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void every_field_is_in_its_section_of_the_stored_schema(Documented documented) throws IOException {
        String schema = Files.readString(Path.of("STORED_SCHEMA.md"));
        String heading = "### Document: " + documented.name() + "\n";
        assertThat(schema).contains(heading);
        String section = schema.substring(schema.indexOf(heading) + heading.length()).split("\n#")[0];

        assertThat(documented.paths()).allSatisfy(path -> assertThat(section).contains("`" + path + "`"));
    }

    /** Field paths: {@code a.b} inside objects, {@code a[].b} inside lists of objects; maps hold data keys. */
    private static void collect(JsonNode node, String prefix, Set<String> mapFields, Set<String> paths) {
        node.fieldNames().forEachRemaining(name -> {
            String path = prefix + name;
            paths.add(path);
            JsonNode value = node.get(name);
            if (mapFields.contains(path)) {
                return;
            }
            if (value.isObject()) {
                collect(value, path + ".", mapFields, paths);
            } else if (value.isArray()) {
                value.forEach(element -> {
                    if (element.isObject()) {
                        collect(element, path + "[].", mapFields, paths);
                    }
                });
            }
        });
    }
}
