package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.Mailing;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;

/**
 * The dossier document of a dossier item ({@code data}): the whole dossier, its form, files, receipt, outbox
 * and decision, and the erasure of its personal data once started. Statuses, states, file types and outcomes are stored by their upper-case names
 * ({@code SUBMITTED}, {@code RECEIVED}, {@code PDF}, {@code FINALIST}).
 */
final class CandidacyDocument {

    private static final Fields CANDIDACY = Fields.of("candidacy", "id", "campaignId", "status", "form",
            "accessTokenHashes", "attachments", "receipt", "lastSubmittedAt", "withdrawnAt", "personalDeadline",
            "version", "revision", "createdAt", "updatedAt", "outbox", "decision", "originCandidacyId", "convocation",
            "erasure", "remindersSent", "remindersStoppedAt", "undeliverable");
    private static final Fields ATTACHMENT = Fields.of("attachment", "id", "fileName", "type", "size", "state",
            "storageKey", "createdAt", "receivedAt");
    private static final Fields RECEIPT = Fields.of("receipt", "number", "submittedAt");
    private static final Fields OUTBOX_MAIL = Fields.of("outbox mail", "id", "kind", "to", "subject", "textBody",
            "htmlBody", "attachments", "linkNonce", "state", "attempts", "nextAttemptAt", "claimedUntil", "createdAt",
            "sentAt", "providerMessageId", "lastError", "outcome", "resendOf", "requestId", "draft");
    private static final Fields MAIL_ATTACHMENT = Fields.of("mail attachment", "fileName", "mediaType", "content");
    private static final Fields CONVOCATION = Fields.of("convocation", "slotId", "sequence", "panelId", "room",
            "place", "start", "end", "state", "sentAt", "attendance", "note", "answeredAt");
    private static final Fields OUTCOME = Fields.of("mail outcome", "type", "at", "detail");
    private static final Fields UNDELIVERABLE = Fields.of("undeliverable address", "address", "reason", "at", "mailId",
            "detail");
    private static final Fields DECISION = Fields.of("decision", "outcome", "message", "decidedBy", "decidedAt",
            "notifiedAt");

    private static final Fields ERASURE = Fields.of("erasure", "cause", "reason", "requestedBy", "requestedAt",
            "remaining", "completedAt", "lastError");

    private CandidacyDocument() {
    }

    /** Whether the dossier holds fields of schema version 2: its erasure, its convocation, a mail's
     * attachments, or what its mail lifecycle recorded. */
    static boolean holdsVersion2(Candidacy candidacy) {
        return candidacy.erased() || candidacy.convocation() != null || !candidacy.mailing().equals(Mailing.NONE)
                || candidacy.outbox().stream().anyMatch(m -> !m.attachments().isEmpty() || m.outcome() != null
                        || m.resendOf() != null || m.state() == OutboxMail.State.SUPPRESSED);
    }

    /** Whether the dossier holds a field of schema version 3: an outbox mail that names the request that recorded it. */
    static boolean holdsVersion3(Candidacy candidacy) {
        return candidacy.outbox().stream().anyMatch(m -> m.requestId() != null);
    }

    /** Whether the dossier holds a field of schema version 4: an outbox mail recorded unwritten, with its draft. */
    static boolean holdsVersion4(Candidacy candidacy) {
        return candidacy.outbox().stream().anyMatch(OutboxMail::unwritten);
    }

    /** The oldest schema version whose fields the dossier's document holds. */
    static int version(Candidacy candidacy) {
        if (holdsVersion4(candidacy)) {
            return 4;
        }
        if (holdsVersion3(candidacy)) {
            return 3;
        }
        return holdsVersion2(candidacy) ? 2 : ItemDocument.MAPPERS_VERSION;
    }

    static String write(Candidacy candidacy) {
        return DocumentWriter.of(CANDIDACY)
                .text("id", candidacy.id())
                .text("campaignId", candidacy.campaignId())
                .byName("status", candidacy.status())
                .object("form", candidacy.form(), ApplicationFormDocument::write)
                .texts("accessTokenHashes", candidacy.accessTokenHashes())
                .objects("attachments", candidacy.attachments(), CandidacyDocument::attachment)
                .object("receipt", candidacy.receipt(), CandidacyDocument::receipt)
                .instant("lastSubmittedAt", candidacy.lastSubmittedAt())
                .instant("withdrawnAt", candidacy.withdrawnAt())
                .instant("personalDeadline", candidacy.personalDeadline())
                .number("version", candidacy.version())
                .number("revision", candidacy.revision())
                .instant("createdAt", candidacy.createdAt())
                .instant("updatedAt", candidacy.updatedAt())
                .objects("outbox", candidacy.outbox(), CandidacyDocument::mail)
                .object("decision", candidacy.decision(), CandidacyDocument::decision)
                .text("originCandidacyId", candidacy.originCandidacyId())
                .object("convocation", candidacy.convocation(), CandidacyDocument::convocation)
                .object("erasure", candidacy.erasure(), CandidacyDocument::erasure)
                .texts("remindersSent", candidacy.mailing().remindersSent().isEmpty() ? null
                        : candidacy.mailing().remindersSent())
                .instant("remindersStoppedAt", candidacy.mailing().remindersStoppedAt())
                .object("undeliverable", candidacy.mailing().undeliverable(), CandidacyDocument::undeliverable)
                .render();
    }

    static Candidacy read(String json, String what) {
        DocumentReader candidacy = DocumentReader.parse(json, CANDIDACY, what);
        return new Candidacy(
                candidacy.text("id"),
                candidacy.text("campaignId"),
                candidacy.byName("status", CandidacyStatus.values()),
                candidacy.object("form", ApplicationFormDocument.FORM, ApplicationFormDocument::read),
                candidacy.texts("accessTokenHashes"),
                candidacy.objects("attachments", ATTACHMENT, CandidacyDocument::attachment),
                candidacy.object("receipt", RECEIPT, CandidacyDocument::receipt),
                candidacy.instant("lastSubmittedAt"),
                candidacy.instant("withdrawnAt"),
                candidacy.instant("personalDeadline"),
                candidacy.requiredLong("version"),
                candidacy.requiredLong("revision"),
                candidacy.instant("createdAt"),
                candidacy.instant("updatedAt"),
                candidacy.objects("outbox", OUTBOX_MAIL, CandidacyDocument::mail),
                candidacy.object("decision", DECISION, CandidacyDocument::decision),
                candidacy.text("originCandidacyId"),
                candidacy.object("convocation", CONVOCATION, CandidacyDocument::convocation),
                candidacy.object("erasure", ERASURE, CandidacyDocument::erasure),
                new Mailing(candidacy.texts("remindersSent"), candidacy.instant("remindersStoppedAt"),
                        candidacy.object("undeliverable", UNDELIVERABLE, CandidacyDocument::undeliverable)));
    }

    private static DocumentWriter undeliverable(Undeliverable address) {
        return DocumentWriter.of(UNDELIVERABLE)
                .text("address", address.address())
                .byName("reason", address.reason())
                .instant("at", address.at())
                .text("mailId", address.mailId())
                .text("detail", address.detail());
    }

    private static Undeliverable undeliverable(DocumentReader address) {
        return new Undeliverable(address.text("address"),
                address.byName("reason", Undeliverable.Reason.values()),
                address.instant("at"), address.text("mailId"), address.text("detail"));
    }

    private static DocumentWriter outcome(MailOutcome outcome) {
        return DocumentWriter.of(OUTCOME)
                .byName("type", outcome.type())
                .instant("at", outcome.at())
                .text("detail", outcome.detail());
    }

    private static MailOutcome outcome(DocumentReader outcome) {
        return new MailOutcome(outcome.byName("type", MailOutcome.Type.values()), outcome.instant("at"),
                outcome.text("detail"));
    }

    private static DocumentWriter erasure(Erasure erasure) {
        return DocumentWriter.of(ERASURE)
                .byName("cause", erasure.cause())
                .text("reason", erasure.reason())
                .text("requestedBy", erasure.requestedBy())
                .instant("requestedAt", erasure.requestedAt())
                .texts("remaining", erasure.remaining())
                .instant("completedAt", erasure.completedAt())
                .text("lastError", erasure.lastError());
    }

    private static Erasure erasure(DocumentReader erasure) {
        return new Erasure(
                erasure.byName("cause", Erasure.Cause.values()),
                erasure.text("reason"),
                erasure.text("requestedBy"),
                erasure.instant("requestedAt"),
                erasure.texts("remaining"),
                erasure.instant("completedAt"),
                erasure.text("lastError"));
    }

    private static DocumentWriter attachment(Attachment attachment) {
        return DocumentWriter.of(ATTACHMENT)
                .text("id", attachment.id())
                .text("fileName", attachment.fileName())
                .byName("type", attachment.type())
                .number("size", attachment.size())
                .byName("state", attachment.state())
                .text("storageKey", attachment.storageKey())
                .instant("createdAt", attachment.createdAt())
                .instant("receivedAt", attachment.receivedAt());
    }

    private static Attachment attachment(DocumentReader attachment) {
        return new Attachment(
                attachment.text("id"),
                attachment.text("fileName"),
                attachment.byName("type", FileType.values()),
                attachment.requiredLong("size"),
                attachment.byName("state", Attachment.State.values()),
                attachment.text("storageKey"),
                attachment.instant("createdAt"),
                attachment.instant("receivedAt"));
    }

    private static DocumentWriter receipt(Receipt receipt) {
        return DocumentWriter.of(RECEIPT)
                .text("number", receipt.number())
                .instant("submittedAt", receipt.submittedAt());
    }

    private static Receipt receipt(DocumentReader receipt) {
        return new Receipt(receipt.text("number"), receipt.instant("submittedAt"));
    }

    private static DocumentWriter mail(OutboxMail mail) {
        return DocumentWriter.of(OUTBOX_MAIL)
                .text("id", mail.id())
                .text("kind", mail.kind())
                .text("to", mail.to())
                .text("subject", mail.subject())
                .text("textBody", mail.textBody())
                .text("htmlBody", mail.htmlBody())
                // left out when there is none: the mails of the release before read and write alike
                .objects("attachments", mail.attachments().isEmpty() ? null : mail.attachments(),
                        CandidacyDocument::mailAttachment)
                .text("linkNonce", mail.linkNonce())
                .byName("state", mail.state())
                .number("attempts", mail.attempts())
                .instant("nextAttemptAt", mail.nextAttemptAt())
                .instant("claimedUntil", mail.claimedUntil())
                .instant("createdAt", mail.createdAt())
                .instant("sentAt", mail.sentAt())
                .text("providerMessageId", mail.providerMessageId())
                .text("lastError", mail.lastError())
                .object("outcome", mail.outcome(), CandidacyDocument::outcome)
                .text("resendOf", mail.resendOf())
                .text("requestId", mail.requestId())
                .object("draft", mail.draft(), MailDraftDocument::write);
    }

    private static OutboxMail mail(DocumentReader mail) {
        return new OutboxMail(
                mail.text("id"),
                mail.text("kind"),
                mail.text("to"),
                mail.text("subject"),
                mail.text("textBody"),
                mail.text("htmlBody"),
                mail.objects("attachments", MAIL_ATTACHMENT, CandidacyDocument::mailAttachment),
                mail.text("linkNonce"),
                mail.byName("state", OutboxMail.State.values()),
                mail.requiredInt("attempts"),
                mail.instant("nextAttemptAt"),
                mail.instant("claimedUntil"),
                mail.instant("createdAt"),
                mail.instant("sentAt"),
                mail.text("providerMessageId"),
                mail.text("lastError"),
                mail.object("outcome", OUTCOME, CandidacyDocument::outcome),
                mail.text("resendOf"),
                mail.text("requestId"),
                mail.variant("draft", "kind", MailDraftDocument.DRAFTS));
    }

    private static DocumentWriter mailAttachment(MailAttachment attachment) {
        return DocumentWriter.of(MAIL_ATTACHMENT)
                .text("fileName", attachment.fileName())
                .text("mediaType", attachment.mediaType())
                .text("content", attachment.content());
    }

    private static MailAttachment mailAttachment(DocumentReader attachment) {
        return new MailAttachment(attachment.text("fileName"), attachment.text("mediaType"),
                attachment.text("content"));
    }

    private static DocumentWriter convocation(Convocation convocation) {
        return DocumentWriter.of(CONVOCATION)
                .text("slotId", convocation.slotId())
                .number("sequence", convocation.sequence())
                .text("panelId", convocation.panelId())
                .text("room", convocation.room())
                .text("place", convocation.place())
                .instant("start", convocation.start())
                .instant("end", convocation.end())
                .byName("state", convocation.state())
                .instant("sentAt", convocation.sentAt())
                .byName("attendance", convocation.attendance())
                .text("note", convocation.note())
                .instant("answeredAt", convocation.answeredAt());
    }

    private static Convocation convocation(DocumentReader convocation) {
        return new Convocation(
                convocation.text("slotId"),
                convocation.requiredInt("sequence"),
                convocation.text("panelId"),
                convocation.text("room"),
                convocation.text("place"),
                convocation.instant("start"),
                convocation.instant("end"),
                convocation.byName("state", Convocation.State.values()),
                convocation.instant("sentAt"),
                convocation.byName("attendance", Convocation.Attendance.values()),
                convocation.text("note"),
                convocation.instant("answeredAt"));
    }

    private static DocumentWriter decision(Decision decision) {
        return DocumentWriter.of(DECISION)
                .byName("outcome", decision.outcome())
                .text("message", decision.message())
                .text("decidedBy", decision.decidedBy())
                .instant("decidedAt", decision.decidedAt())
                .instant("notifiedAt", decision.notifiedAt());
    }

    private static Decision decision(DocumentReader decision) {
        return new Decision(
                decision.byName("outcome", Decision.Outcome.values()),
                decision.text("message"),
                decision.text("decidedBy"),
                decision.instant("decidedAt"),
                decision.instant("notifiedAt"));
    }
}
