package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.reporting.ExportColumn;
import fr.interconnectes.candidatures.reporting.ExportColumns;
import fr.interconnectes.candidatures.reporting.ExportRow;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes an export as one JSON document (UTF-8), row by row as the {@link Iterable} yields them:
 *
 * <pre>{@code
 * {"campaign": {"id": ..., "title": ..., "region": {"code": ..., "name": ...}, "track": ..., "edition": ...,
 *               "opensAt": ..., "closesAt": ..., "timeZone": ...},
 *  "language": "fr",
 *  "generatedAt": "2019-10-18T09:00:00+02:00",
 *  "columns": [{"key": "receiptNumber", "label": "Numéro de dépôt"}, ...,
 *              {"key": "criteria.innovation", "criterionId": "innovation", "label": "Innovation"}, ...,
 *              {"key": "decision", "label": "Décision"}],
 *  "dossiers": [{"receiptNumber": ..., "candidacyId": ..., "status": "submitted", "organisation": ...,
 *                "kind": "epci", "siren": ..., "contactName": ..., "contactEmail": ..., "contactPhone": ...,
 *                "projectTitle": ..., "summary": ..., "submittedAt": "2019-10-10T23:59:59+02:00", "files": 3,
 *                "rank": 1, "score": 12.50, "scoresReceived": 4, "spread": 1.25,
 *                "criteria": {"innovation": 8.25, ...}, "decision": "finalist"}, ...]}
 * }</pre>
 *
 * Every dossier has every key, {@code null} when the value is missing, and {@code criteria} has every
 * criterion of the columns, in their order. Codes and number rounding are those of the CSV
 * ({@link ExportColumns}), numbers are JSON numbers; times carry the offset of the export's zone; labels
 * are in the export's language. The stream is flushed at the end, never closed.
 */
public final class JsonExport {

    private JsonExport() {
    }

    public static void write(OutputStream out, Campaign campaign, ExportColumns columns, Iterable<ExportRow> rows,
                             Instant generatedAt) throws IOException {
        // not closed: closing the generator would close the caller's stream
        JsonGenerator json = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        writeCampaign(json, campaign, columns);
        json.writeStringField("language", columns.language().code());
        json.writeStringField("generatedAt", columns.dateTime(generatedAt));
        writeColumns(json, columns);
        json.writeArrayFieldStart("dossiers");
        for (ExportRow row : rows) {
            writeRow(json, row, columns);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private static void writeCampaign(JsonGenerator json, Campaign campaign, ExportColumns columns)
            throws IOException {
        json.writeObjectFieldStart("campaign");
        json.writeStringField("id", campaign.id());
        json.writeStringField("title", campaign.title() == null ? null : campaign.title().in(columns.language()));
        if (campaign.region() != null) {
            json.writeObjectFieldStart("region");
            json.writeStringField("code", campaign.region().code());
            json.writeStringField("name", campaign.region().name());
            json.writeEndObject();
        }
        json.writeStringField("track", campaign.track() == null ? null : campaign.track().code());
        json.writeNumberField("edition", campaign.edition());
        json.writeStringField("opensAt", columns.dateTime(campaign.opensAt()));
        json.writeStringField("closesAt", columns.dateTime(campaign.closesAt()));
        json.writeStringField("timeZone", columns.zone().getId());
        json.writeEndObject();
    }

    private static void writeColumns(JsonGenerator json, ExportColumns columns) throws IOException {
        json.writeArrayFieldStart("columns");
        for (ExportColumn column : ExportColumn.values()) {
            if (column == ExportColumn.DECISION) {
                for (Criterion criterion : columns.criteria()) {
                    json.writeStartObject();
                    json.writeStringField("key", "criteria." + criterion.id());
                    json.writeStringField("criterionId", criterion.id());
                    json.writeStringField("label", criterion.label().in(columns.language()));
                    json.writeEndObject();
                }
            }
            json.writeStartObject();
            json.writeStringField("key", column.key());
            json.writeStringField("label", column.header(columns.language()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeRow(JsonGenerator json, ExportRow row, ExportColumns columns) throws IOException {
        json.writeStartObject();
        json.writeStringField(ExportColumn.RECEIPT_NUMBER.key(), row.receiptNumber());
        json.writeStringField(ExportColumn.CANDIDACY_ID.key(), row.candidacyId());
        json.writeStringField(ExportColumn.STATUS.key(), row.status().code());
        json.writeStringField(ExportColumn.ORGANISATION.key(), row.organisation());
        json.writeStringField(ExportColumn.KIND.key(), row.kind() == null ? null : row.kind().code());
        json.writeStringField(ExportColumn.SIREN.key(), row.siren());
        json.writeStringField(ExportColumn.CONTACT_NAME.key(), row.contactName());
        json.writeStringField(ExportColumn.CONTACT_EMAIL.key(), row.contactEmail());
        json.writeStringField(ExportColumn.CONTACT_PHONE.key(), row.contactPhone());
        json.writeStringField(ExportColumn.PROJECT_TITLE.key(), row.projectTitle());
        json.writeStringField(ExportColumn.SUMMARY.key(), row.summary());
        json.writeStringField(ExportColumn.SUBMITTED_AT.key(),
                row.submittedAt() == null ? null : columns.dateTime(row.submittedAt()));
        json.writeNumberField(ExportColumn.FILES.key(), row.files());
        json.writeFieldName(ExportColumn.RANK.key());
        if (row.rank() == null) {
            json.writeNull();
        } else {
            json.writeNumber(row.rank());
        }
        decimalField(json, ExportColumn.SCORE.key(), row.score());
        json.writeNumberField(ExportColumn.SCORES_RECEIVED.key(), row.scoresReceived());
        decimalField(json, ExportColumn.SPREAD.key(), row.spread());
        json.writeObjectFieldStart("criteria");
        for (Criterion criterion : columns.criteria()) {
            decimalField(json, criterion.id(), row.criteria().get(criterion.id()));
        }
        json.writeEndObject();
        json.writeStringField(ExportColumn.DECISION.key(), row.decision() == null ? null : row.decision().code());
        json.writeEndObject();
    }

    private static void decimalField(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(ExportColumns.rounded(value));
        }
    }
}
