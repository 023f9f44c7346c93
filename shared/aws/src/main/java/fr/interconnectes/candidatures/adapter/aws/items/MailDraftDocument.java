package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.MailDraft;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.MailHeader;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import java.util.Map;

/**
 * The draft of an outbox mail recorded unwritten ({@code draft}): what an applicant's request recorded for the
 * outbox's sender to write out, told apart by its {@code kind}. Only the notices of those requests are stored so:
 * a confirmation, a withdrawal, lost links. Languages are stored by their codes ({@code fr}), zones by their ids,
 * dossier statuses by their upper-case names.
 */
final class MailDraftDocument {

    private static final Fields HEADER = Fields.of("mail header", "to", "language", "zone", "campaignTitle",
            "organisation", "projectTitle");
    private static final Fields FILE = Fields.of("mailed file", "fileName", "size");
    private static final Fields CONFIRMATION = Fields.of("confirmation draft", "kind", "header", "receiptNumber",
            "submittedAt", "attachments", "regionalSelection", "deadline", "link");
    private static final Fields WITHDRAWAL = Fields.of("withdrawal draft", "kind", "header", "receiptNumber",
            "withdrawnAt", "link");
    private static final Fields ACCESS_LINK = Fields.of("access link draft", "kind", "header", "status",
            "receiptNumber", "deadline", "link");

    static final Map<String, DocumentReader.Variant<MailDraft>> DRAFTS = Map.of(
            "confirmation", new DocumentReader.Variant<>(CONFIRMATION, MailDraftDocument::confirmation),
            "withdrawal", new DocumentReader.Variant<>(WITHDRAWAL, MailDraftDocument::withdrawal),
            AccessLinkMail.KIND, new DocumentReader.Variant<>(ACCESS_LINK, MailDraftDocument::accessLink));

    private MailDraftDocument() {
    }

    /** Told apart by {@code instanceof}, not a pattern switch, whose bootstrap would cost the submission's cold start. */
    static DocumentWriter write(MailDraft draft) {
        if (draft instanceof ConfirmationMail mail) {
            return DocumentWriter.of(CONFIRMATION)
                    .text("kind", mail.kind())
                    .object("header", mail.header(), MailDraftDocument::header)
                    .text("receiptNumber", mail.receiptNumber())
                    .instant("submittedAt", mail.submittedAt())
                    .objects("attachments", mail.attachments(), MailDraftDocument::file)
                    .object("regionalSelection", mail.regionalSelection(), CampaignDocument::selection)
                    .instant("deadline", mail.deadline())
                    .text("link", mail.link());
        }
        if (draft instanceof WithdrawalMail mail) {
            return DocumentWriter.of(WITHDRAWAL)
                    .text("kind", mail.kind())
                    .object("header", mail.header(), MailDraftDocument::header)
                    .text("receiptNumber", mail.receiptNumber())
                    .instant("withdrawnAt", mail.withdrawnAt())
                    .text("link", mail.link());
        }
        if (draft instanceof AccessLinkMail mail) {
            return DocumentWriter.of(ACCESS_LINK)
                    .text("kind", mail.kind())
                    .object("header", mail.header(), MailDraftDocument::header)
                    .byName("status", mail.status())
                    .text("receiptNumber", mail.receiptNumber())
                    .instant("deadline", mail.deadline())
                    .text("link", mail.link());
        }
        throw new IllegalArgumentException("a " + draft.kind() + " mail is not stored unwritten");
    }

    private static MailDraft confirmation(DocumentReader draft) {
        return new ConfirmationMail(
                draft.object("header", HEADER, MailDraftDocument::header),
                draft.text("receiptNumber"),
                draft.instant("submittedAt"),
                draft.objects("attachments", FILE, MailDraftDocument::file),
                draft.object("regionalSelection", CampaignDocument.SELECTION, CampaignDocument::selection),
                draft.instant("deadline"),
                draft.text("link"));
    }

    private static MailDraft withdrawal(DocumentReader draft) {
        return new WithdrawalMail(
                draft.object("header", HEADER, MailDraftDocument::header),
                draft.text("receiptNumber"),
                draft.instant("withdrawnAt"),
                draft.text("link"));
    }

    private static MailDraft accessLink(DocumentReader draft) {
        return new AccessLinkMail(
                draft.object("header", HEADER, MailDraftDocument::header),
                draft.byName("status", AccessLinkMail.Status.values()),
                draft.text("receiptNumber"),
                draft.instant("deadline"),
                draft.text("link"));
    }

    private static DocumentWriter header(MailHeader header) {
        return DocumentWriter.of(HEADER)
                .text("to", header.to())
                .code("language", header.language(), Language::code)
                .zone("zone", header.zone())
                .text("campaignTitle", header.campaignTitle())
                .text("organisation", header.organisation())
                .text("projectTitle", header.projectTitle());
    }

    private static MailHeader header(DocumentReader header) {
        return new MailHeader(
                header.text("to"),
                header.code("language", Language.values(), Language::code),
                header.zone("zone"),
                header.text("campaignTitle"),
                header.text("organisation"),
                header.text("projectTitle"));
    }

    private static DocumentWriter file(ConfirmationMail.Attachment file) {
        return DocumentWriter.of(FILE)
                .text("fileName", file.fileName())
                .number("size", file.sizeBytes());
    }

    private static ConfirmationMail.Attachment file(DocumentReader file) {
        return new ConfirmationMail.Attachment(file.text("fileName"), file.requiredLong("size"));
    }
}
