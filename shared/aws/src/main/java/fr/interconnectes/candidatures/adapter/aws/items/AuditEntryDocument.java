package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;

/** The document of an audit item ({@code data}): who did what, when, with the action's details as texts. */
final class AuditEntryDocument {

    private static final Fields AUDIT_ENTRY = Fields.of("audit entry", "campaignId", "candidacyId", "actor",
            "actorRoles", "action", "details", "at");

    private AuditEntryDocument() {
    }

    static String write(AuditEntry entry) {
        return DocumentWriter.of(AUDIT_ENTRY)
                .text("campaignId", entry.campaignId())
                .text("candidacyId", entry.candidacyId())
                .text("actor", entry.actor())
                .text("actorRoles", entry.actorRoles())
                .text("action", entry.action())
                .textMap("details", entry.details())
                .instant("at", entry.at())
                .render();
    }

    static AuditEntry read(String json, String what) {
        DocumentReader entry = DocumentReader.parse(json, AUDIT_ENTRY, what);
        return new AuditEntry(
                entry.text("campaignId"),
                entry.text("candidacyId"),
                entry.text("actor"),
                entry.text("actorRoles"),
                entry.text("action"),
                entry.textMap("details"),
                entry.instant("at"));
    }
}
