package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;

/** The document of a jury record item ({@code data}): one juror on one dossier, scores by criterion id. */
final class JuryRecordDocument {

    private static final Fields JURY_RECORD = Fields.of("jury record", "candidacyId", "campaignId", "jurorId",
            "assignedAt", "assignedBy", "conflictDeclaredAt", "conflictReason", "scores", "comment", "scoredAt",
            "revision");

    private JuryRecordDocument() {
    }

    static String write(JuryRecord record) {
        return DocumentWriter.of(JURY_RECORD)
                .text("candidacyId", record.candidacyId())
                .text("campaignId", record.campaignId())
                .text("jurorId", record.jurorId())
                .instant("assignedAt", record.assignedAt())
                .text("assignedBy", record.assignedBy())
                .instant("conflictDeclaredAt", record.conflictDeclaredAt())
                .text("conflictReason", record.conflictReason())
                .numberMap("scores", record.scores())
                .text("comment", record.comment())
                .instant("scoredAt", record.scoredAt())
                .number("revision", record.revision())
                .render();
    }

    static JuryRecord read(String json, String what) {
        DocumentReader record = DocumentReader.parse(json, JURY_RECORD, what);
        return new JuryRecord(
                record.text("candidacyId"),
                record.text("campaignId"),
                record.text("jurorId"),
                record.instant("assignedAt"),
                record.text("assignedBy"),
                record.instant("conflictDeclaredAt"),
                record.text("conflictReason"),
                record.intMap("scores"),
                record.text("comment"),
                record.instant("scoredAt"),
                record.requiredLong("revision"));
    }
}
