package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Correlation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A mail recorded with the dossier, in the same write as the change it reports, before anyone tries to
 * send it. It is sent by whoever claims it first (the request itself, or the retry job), then marked sent.
 * Its {@code attachments} (a calendar invite, say) are stored with it, so a retry sends the very same files.
 * A mail an applicant's request records is stored <em>unwritten</em>: its {@code draft} in place of subject and
 * bodies, which the sender writes out and stores in the write that claims it, so every attempt sends the same text.
 */
public record OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                         List<MailAttachment> attachments, String linkNonce, State state, int attempts, Instant nextAttemptAt,
                         Instant claimedUntil, Instant createdAt, Instant sentAt, String providerMessageId, String lastError,
                         MailOutcome outcome, String resendOf, String requestId, MailDraft draft) {

    /**
     * {@code FAILED}: given up after {@link #MAX_ATTEMPTS}; {@code SUPPRESSED}: not sent, its address being
     * undeliverable (it bounced for good, or its owner complained).
     */
    public enum State { PENDING, SENT, FAILED, SUPPRESSED }

    /** A mail without attachments, the mail service has not reported on, and not a resend. */
    public OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                      String linkNonce, State state, int attempts, Instant nextAttemptAt, Instant claimedUntil,
                      Instant createdAt, Instant sentAt, String providerMessageId, String lastError) {
        this(id, kind, to, subject, textBody, htmlBody, List.of(), linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, null, null);
    }

    /** A mail the mail service has not reported on, and not a resend. */
    public OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                      List<MailAttachment> attachments, String linkNonce, State state, int attempts,
                      Instant nextAttemptAt, Instant claimedUntil, Instant createdAt, Instant sentAt,
                      String providerMessageId, String lastError) {
        this(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, null, null);
    }

    /** A mail without attachments. */
    public OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                      String linkNonce, State state, int attempts, Instant nextAttemptAt, Instant claimedUntil,
                      Instant createdAt, Instant sentAt, String providerMessageId, String lastError,
                      MailOutcome outcome, String resendOf) {
        this(id, kind, to, subject, textBody, htmlBody, List.of(), linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, outcome, resendOf);
    }

    /** A mail recorded before mails kept the request that recorded them (or by no request). */
    public OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                      List<MailAttachment> attachments, String linkNonce, State state, int attempts, Instant nextAttemptAt,
                      Instant claimedUntil, Instant createdAt, Instant sentAt, String providerMessageId, String lastError,
                      MailOutcome outcome, String resendOf) {
        this(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, outcome, resendOf, null, null);
    }

    /** A written mail. */
    public OutboxMail(String id, String kind, String to, String subject, String textBody, String htmlBody,
                      List<MailAttachment> attachments, String linkNonce, State state, int attempts, Instant nextAttemptAt,
                      Instant claimedUntil, Instant createdAt, Instant sentAt, String providerMessageId, String lastError,
                      MailOutcome outcome, String resendOf, String requestId) {
        this(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, outcome, resendOf, requestId, null);
    }

    public OutboxMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (draft != null && (subject != null || textBody != null || htmlBody != null || !attachments.isEmpty())) {
            throw new IllegalArgumentException("an unwritten mail has its draft, not yet a subject or bodies");
        }
        if (draft != null && !draft.kind().equals(kind)) {
            throw new IllegalArgumentException("a " + kind + " mail drafted as " + draft.kind());
        }
    }

    /** After this many failed attempts a mail is given up (and reported), about a day and a half of retries. */
    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(6);

    /**
     * The bodies hold {@link #LINK_PLACEHOLDER} where the dossier's link goes: the link carries an access
     * token, derived from {@code linkNonce} only when the mail is sent, so no token is ever stored.
     */
    public static final String LINK_PLACEHOLDER = "https://lien-du-dossier.invalid/a-remplacer";

    public static OutboxMail pending(String id, String kind, String to, String subject, String textBody,
                                     String htmlBody, String linkNonce, Instant now) {
        return pending(id, kind, to, subject, textBody, htmlBody, List.of(), linkNonce, now);
    }

    public static OutboxMail pending(String id, String kind, String to, String subject, String textBody,
                                     String htmlBody, List<MailAttachment> attachments, String linkNonce, Instant now) {
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, State.PENDING, 0, now, null, now,
                null, null, null, null, null, Correlation.requestId().orElse(null), null);
    }

    /**
     * A mail recorded unwritten, for the sender to write out: its subject and bodies are absent until then.
     */
    public static OutboxMail unwritten(String id, String to, MailDraft draft, String linkNonce, Instant now) {
        return new OutboxMail(id, draft.kind(), to, null, null, null, List.of(), linkNonce, State.PENDING, 0, now, null,
                now, null, null, null, null, null, Correlation.requestId().orElse(null), draft);
    }

    /** Whether its subject and bodies are still to be written from its {@link #draft}. */
    public boolean unwritten() {
        return draft != null;
    }

    /** The mail written out from its draft, to be sent as such on every attempt. */
    public OutboxMail written(String writtenSubject, String writtenText, String writtenHtml,
                              List<MailAttachment> writtenAttachments) {
        return new OutboxMail(id, kind, to, writtenSubject, writtenText, writtenHtml, writtenAttachments, linkNonce,
                state, attempts, nextAttemptAt, claimedUntil, createdAt, sentAt, providerMessageId, lastError, outcome,
                resendOf, requestId, null);
    }

    public boolean pending() {
        return state == State.PENDING;
    }

    /** Whether a sender may take it now: pending, due, and not claimed by another sender still at work. */
    public boolean claimableAt(Instant now) {
        return pending() && !nextAttemptAt.isAfter(now) && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    public OutboxMail claim(Instant until) {
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, state, attempts, nextAttemptAt, until,
                createdAt, sentAt, providerMessageId, lastError, outcome, resendOf, requestId, draft);
    }

    public OutboxMail sent(Instant at, String messageId) {
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, State.SENT, attempts + 1, nextAttemptAt,
                null, createdAt, at, messageId, lastError, outcome, resendOf, requestId, draft);
    }

    /** Exponential backoff: 1 min, 2, 4... capped at 6 h; given up after {@link #MAX_ATTEMPTS}. */
    public OutboxMail failed(Instant at, String error) {
        int attempt = attempts + 1;
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
        if (delay.compareTo(MAX_RETRY) > 0) {
            delay = MAX_RETRY;
        }
        State next = attempt >= MAX_ATTEMPTS ? State.FAILED : State.PENDING;
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, next, attempt, at.plus(delay), null,
                createdAt, null, null, error, outcome, resendOf, requestId, draft);
    }

    /** Whether this failure gave the mail up (its last attempt). */
    public boolean givenUp() {
        return state == State.FAILED;
    }

    /** Not sent: its address is undeliverable; kept, and shown, as such. */
    public OutboxMail suppressed(Instant at, String reason) {
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, State.SUPPRESSED, attempts, at, null,
                createdAt, null, null, reason, outcome, resendOf, requestId, draft);
    }

    /** The mail service's report; a later delivery report never hides a bounce or complaint. */
    public OutboxMail withOutcome(MailOutcome reported) {
        MailOutcome kept = reported.outranks(outcome) ? reported : outcome;
        return new OutboxMail(id, kind, to, subject, textBody, htmlBody, attachments, linkNonce, state, attempts, nextAttemptAt,
                claimedUntil, createdAt, sentAt, providerMessageId, lastError, kept, resendOf, requestId, draft);
    }

    /** The same mail again, to {@code address}, as a new pending mail of the outbox. */
    public OutboxMail resent(String newId, String address, String newLinkNonce, Instant now) {
        return new OutboxMail(newId, kind, address, subject, textBody, htmlBody, List.of(), newLinkNonce, State.PENDING,
                0, now, null, now, null, null, null, null, id, Correlation.requestId().orElse(null), draft);
    }
}
