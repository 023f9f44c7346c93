package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Campaign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A dossier: the applicant's form, its files, its status, and the mails recorded with it (its outbox).
 *
 * <p>{@code version} counts changes to the dossier's content (it is the ETag the applicant sends back in
 * If-Match); {@code revision} counts every write to the stored item, outbox bookkeeping included, and
 * guards each write against a concurrent one.
 *
 * <p>{@code decision} is the jury's outcome once organisers record it; {@code originCandidacyId} links a
 * national-round dossier to the regional one it was carried from; {@code convocation} is what its applicant was
 * last told of their audition on the selection day, and their answer.
 */
public record Candidacy(
        String id,
        String campaignId,
        CandidacyStatus status,
        ApplicationForm form,
        List<String> accessTokenHashes,
        List<Attachment> attachments,
        Receipt receipt,
        Instant lastSubmittedAt,
        Instant withdrawnAt,
        Instant personalDeadline,
        long version,
        long revision,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxMail> outbox,
        Decision decision,
        String originCandidacyId,
        Convocation convocation,
        Erasure erasure,
        Mailing mailing) {

    /** Access links asked for again and again must not grow the item without bound. */
    static final int MAX_TOKENS = 10;
    /** Sent mails are kept for the record, the oldest dropped past this count. */
    static final int MAX_OUTBOX = 20;

    public Candidacy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(status, "status");
        accessTokenHashes = List.copyOf(accessTokenHashes == null ? List.of() : accessTokenHashes);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        outbox = List.copyOf(outbox == null ? List.of() : outbox);
        mailing = mailing == null ? Mailing.NONE : mailing;
    }

    /** A dossier whose personal data were never erased, never convened. */
    public Candidacy(String id, String campaignId, CandidacyStatus status, ApplicationForm form,
                     List<String> accessTokenHashes, List<Attachment> attachments, Receipt receipt,
                     Instant lastSubmittedAt, Instant withdrawnAt, Instant personalDeadline, long version, long revision,
                     Instant createdAt, Instant updatedAt, List<OutboxMail> outbox, Decision decision,
                     String originCandidacyId) {
        this(id, campaignId, status, form, accessTokenHashes, attachments, receipt, lastSubmittedAt, withdrawnAt,
                personalDeadline, version, revision, createdAt, updatedAt, outbox, decision, originCandidacyId, null, null,
                Mailing.NONE);
    }

    /** A dossier never convened, with nothing recorded about mailing its contact yet. */
    public Candidacy(String id, String campaignId, CandidacyStatus status, ApplicationForm form,
                     List<String> accessTokenHashes, List<Attachment> attachments, Receipt receipt,
                     Instant lastSubmittedAt, Instant withdrawnAt, Instant personalDeadline, long version, long revision,
                     Instant createdAt, Instant updatedAt, List<OutboxMail> outbox, Decision decision,
                     String originCandidacyId, Erasure erasure) {
        this(id, campaignId, status, form, accessTokenHashes, attachments, receipt, lastSubmittedAt, withdrawnAt,
                personalDeadline, version, revision, createdAt, updatedAt, outbox, decision, originCandidacyId, null,
                erasure, Mailing.NONE);
    }

    /** A dossier with nothing recorded about mailing its contact yet. */
    public Candidacy(String id, String campaignId, CandidacyStatus status, ApplicationForm form,
                     List<String> accessTokenHashes, List<Attachment> attachments, Receipt receipt,
                     Instant lastSubmittedAt, Instant withdrawnAt, Instant personalDeadline, long version, long revision,
                     Instant createdAt, Instant updatedAt, List<OutboxMail> outbox, Decision decision,
                     String originCandidacyId, Convocation convocation, Erasure erasure) {
        this(id, campaignId, status, form, accessTokenHashes, attachments, receipt, lastSubmittedAt, withdrawnAt,
                personalDeadline, version, revision, createdAt, updatedAt, outbox, decision, originCandidacyId,
                convocation, erasure, Mailing.NONE);
    }

    /** A dossier never convened. */
    public Candidacy(String id, String campaignId, CandidacyStatus status, ApplicationForm form,
                     List<String> accessTokenHashes, List<Attachment> attachments, Receipt receipt,
                     Instant lastSubmittedAt, Instant withdrawnAt, Instant personalDeadline, long version, long revision,
                     Instant createdAt, Instant updatedAt, List<OutboxMail> outbox, Decision decision,
                     String originCandidacyId, Erasure erasure, Mailing mailing) {
        this(id, campaignId, status, form, accessTokenHashes, attachments, receipt, lastSubmittedAt, withdrawnAt,
                personalDeadline, version, revision, createdAt, updatedAt, outbox, decision, originCandidacyId, null,
                erasure, mailing);
    }

    /** Whether its personal data were erased (or are being: see {@link Erasure#complete()}). */
    public boolean erased() {
        return erasure != null;
    }

    public static Candidacy newDraft(String id, String campaignId, ApplicationForm form, String accessTokenHash,
                                     Instant now) {
        return new Candidacy(id, campaignId, CandidacyStatus.DRAFT, form, List.of(accessTokenHash), List.of(),
                null, null, null, null, 1, 0, now, now, List.of(), null, null, null, null, null);
    }

    /** The moment after which this dossier can no longer be changed: the campaign's, or a personal extension. */
    public Instant deadline(Campaign campaign) {
        return personalDeadline != null && personalDeadline.isAfter(campaign.closesAt())
                ? personalDeadline : campaign.closesAt();
    }

    public String contactEmail() {
        return form.applicant().contact().email();
    }

    public List<Attachment> receivedAttachments() {
        return attachments.stream().filter(Attachment::received).toList();
    }

    public Optional<Attachment> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    /** The contact address, when the mail service reported it undeliverable (and the applicant kept it). */
    public Optional<Undeliverable> undeliverableContact() {
        return Optional.ofNullable(mailing.undeliverable()).filter(u -> u.concerns(contactEmail()));
    }

    /** The last mail given up after its last attempt, unless a mail was sent since (mail reaches the applicant again). */
    public Optional<OutboxMail> mailGivenUp() {
        OutboxMail givenUp = null;
        for (OutboxMail mail : outbox) {
            if (mail.givenUp()) {
                givenUp = mail;
            } else if (mail.state() == OutboxMail.State.SENT && givenUp != null) {
                givenUp = null;
            }
        }
        return Optional.ofNullable(givenUp);
    }

    public Optional<OutboxMail> mail(String mailId) {
        return outbox.stream().filter(m -> m.id().equals(mailId)).findFirst();
    }

    public Optional<Instant> nextMailDue() {
        return outbox.stream().filter(OutboxMail::pending).map(m ->
                m.claimedUntil() != null && m.claimedUntil().isAfter(m.nextAttemptAt()) ? m.claimedUntil() : m.nextAttemptAt())
                .min(Comparator.naturalOrder());
    }

    // --- changes of content: they bump the version -------------------------------------------------------

    /** A new contact address lifts the mark an undeliverable one had: it is mailed again. */
    public Candidacy withForm(ApplicationForm newForm, Instant now) {
        return new Candidacy(id, campaignId, status, newForm, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version + 1, revision, createdAt, now, outbox, decision,
                originCandidacyId, convocation, erasure, mailing.forContact(newForm.applicant().contact().email()));
    }

    public Candidacy withAttachments(List<Attachment> newAttachments, Instant now) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, newAttachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version + 1, revision, createdAt, now, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    public Candidacy submitted(Receipt newReceipt, Instant now) {
        return new Candidacy(id, campaignId, CandidacyStatus.SUBMITTED, form, accessTokenHashes, attachments,
                newReceipt, now, withdrawnAt, personalDeadline, version + 1, revision, createdAt, now, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    public Candidacy withdrawn(Instant now) {
        return new Candidacy(id, campaignId, CandidacyStatus.WITHDRAWN, form, accessTokenHashes, attachments,
                receipt, lastSubmittedAt, now, personalDeadline, version + 1, revision, createdAt, now, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    public Candidacy expired(Instant now) {
        return new Candidacy(id, campaignId, CandidacyStatus.EXPIRED, form, accessTokenHashes, attachments,
                receipt, lastSubmittedAt, withdrawnAt, personalDeadline, version + 1, revision, createdAt, now, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    /**
     * An organiser grants (or, with null, removes) a personal deadline. A draft the closing job had expired
     * becomes a draft again when the new deadline is still ahead.
     */
    public Candidacy withPersonalDeadline(Instant deadline, Instant now) {
        CandidacyStatus newStatus = status == CandidacyStatus.EXPIRED && deadline != null && deadline.isAfter(now)
                ? CandidacyStatus.DRAFT : status;
        return new Candidacy(id, campaignId, newStatus, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, deadline, version + 1, revision, createdAt, now, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    // --- bookkeeping: the content version stays -----------------------------------------------------------

    /** Adds an access token (the oldest beyond {@link #MAX_TOKENS} stop working). */
    public Candidacy withAccessTokenHash(String tokenHash) {
        List<String> hashes = new ArrayList<>(accessTokenHashes);
        hashes.add(tokenHash);
        while (hashes.size() > MAX_TOKENS) {
            hashes.remove(0);
        }
        return new Candidacy(id, campaignId, status, form, hashes, attachments, receipt, lastSubmittedAt,
                withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    public Candidacy withMail(String mailId, UnaryOperator<OutboxMail> change) {
        List<OutboxMail> mails = outbox.stream().map(m -> m.id().equals(mailId) ? change.apply(m) : m).toList();
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, mails, decision, originCandidacyId, convocation, erasure, mailing);
    }

    public Candidacy withMailAdded(OutboxMail mail) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt,
                appendMail(mail), decision, originCandidacyId, convocation, erasure, mailing);
    }

    /** What is recorded about mailing the contact changes (reminders, unsubscription, undeliverable address). */
    public Candidacy withMailing(UnaryOperator<Mailing> change) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, outbox, decision,
                originCandidacyId, convocation, erasure, change.apply(mailing));
    }

    /** Organisers record (or change) the pending decision; applicants are told only when it is sent. */
    public Candidacy withDecision(Decision newDecision) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, outbox,
                newDecision, originCandidacyId, convocation, erasure, mailing);
    }

    /** The convocation sent (or answered); a bookkeeping change, the content version stays. */
    public Candidacy withConvocation(Convocation newConvocation) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, outbox,
                decision, originCandidacyId, newConvocation, erasure, mailing);
    }

    /**
     * A copy of this dossier for the national round: submitted, linked back to it, pointing at the same
     * stored files, opened by the same applicant tokens, so that the finalist updates it for the national round
     * until that campaign's deadline (a fresh link: {@code POST /campaigns/{nationalId}/access-links}).
     */
    public Candidacy carriedInto(String newId, String nationalCampaignId, Receipt nationalReceipt, Instant now) {
        // the applicant's access goes along: their token opens the national dossier, to update it for the final
        return new Candidacy(newId, nationalCampaignId, CandidacyStatus.SUBMITTED, form, accessTokenHashes,
                attachments.stream().filter(Attachment::received).toList(), nationalReceipt, now, null, null, 1, 0,
                now, now, List.of(), null, id, null, null, Mailing.NONE);
    }

    /**
     * The anonymised record kept for the statistics once the personal data are erased: the kind of organisation,
     * the track and the project's stage or founding year, the language, the status, receipt and dates, the
     * decision's outcome. Gone: the organisation's name and numbers, the contact, every free text, the files and
     * the mails, the convocation (its note is the applicant's) and what was recorded about mailing the contact. The access tokens' hashes stay, so a token of the dossier is told it was erased.
     */
    public Candidacy anonymised(Erasure newErasure, Instant now) {
        Applicant kept = new Applicant(null, form.applicant().kind(), null, null, Contact.empty());
        Project project = switch (form.project()) {
            case LabelProject label -> new LabelProject(null, null, null, label.stage(), null, null, null, null);
            case StartupProject startup -> new StartupProject(null, null, null, null, startup.foundingYear(), null);
        };
        Decision outcome = decision == null ? null : new Decision(decision.outcome(), null, decision.decidedBy(),
                decision.decidedAt(), decision.notifiedAt());
        return new Candidacy(id, campaignId, status, new ApplicationForm(kept, project, form.language()),
                accessTokenHashes, List.of(), receipt, lastSubmittedAt, withdrawnAt, personalDeadline, version + 1,
                revision, createdAt, now, List.of(), outcome, originCandidacyId, null, newErasure,
                Mailing.NONE);
    }

    /** The same dossier with its erasure further on. */
    public Candidacy withErasure(Erasure newErasure) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt, lastSubmittedAt,
                withdrawnAt, personalDeadline, version, revision, createdAt, updatedAt, outbox, decision,
                originCandidacyId, convocation, newErasure, mailing);
    }

    /** The stored revision after a successful write. */
    public Candidacy atRevision(long newRevision) {
        return new Candidacy(id, campaignId, status, form, accessTokenHashes, attachments, receipt,
                lastSubmittedAt, withdrawnAt, personalDeadline, version, newRevision, createdAt, updatedAt, outbox, decision, originCandidacyId, convocation, erasure, mailing);
    }

    private List<OutboxMail> appendMail(OutboxMail mail) {
        List<OutboxMail> mails = new ArrayList<>(outbox);
        mails.add(mail);
        // drop the oldest mails already sent (or given up), never a pending one
        for (int i = 0; mails.size() > MAX_OUTBOX && i < mails.size(); ) {
            if (!mails.get(i).pending()) {
                mails.remove(i);
            } else {
                i++;
            }
        }
        return mails;
    }
}
