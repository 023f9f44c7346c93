package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the mails recorded with a dossier. A mail is first claimed (a short lease written to the store),
 * so the request that recorded it and the retry job never both send it; then sent, with its personal link put in
 * only now; then marked sent, or failed with a backoff. A send failure never fails the caller: the mail stays
 * pending for the job.
 */
public record Outbox(Candidacies candidacies, CandidacyWriter writer, Mailer mailer, AccessTokens tokens,
                     DossierLinks links, Clock clock) {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    static final Duration LEASE = Duration.ofMinutes(2);
    /** The metric counting mails given up after their last attempt. */
    public static final String MAILS_GIVEN_UP = "MailsGivenUp";

    /** Counts of one delivery round. */
    public record Round(int sent, int failed) {
    }

    /** Sends every mail of the dossier that is due; returns the dossier as stored afterwards. */
    public Candidacy deliver(Candidacy candidacy) {
        Candidacy current = candidacy;
        for (OutboxMail mail : candidacy.outbox()) {
            if (mail.claimableAt(clock.instant())) {
                current = deliverOne(current, mail.id());
            }
        }
        return current;
    }

    /** The retry job: every dossier with a mail due. */
    public Round deliverDue(int limit) {
        int sent = 0;
        int failed = 0;
        for (Candidacy candidacy : candidacies.withMailDue(clock.instant(), limit)) {
            Candidacy after = deliver(candidacy);
            for (OutboxMail before : candidacy.outbox()) {
                Optional<OutboxMail> now = mail(after, before.id());
                if (before.pending() && now.isPresent()) {
                    if (now.get().state() == OutboxMail.State.SENT) {
                        sent++;
                    } else if (now.get().attempts() > before.attempts()) {
                        failed++;
                    }
                }
            }
        }
        return new Round(sent, failed);
    }

    private Candidacy deliverOne(Candidacy candidacy, String mailId) {
        Instant now = clock.instant();
        boolean[] claimed = {false};
        Candidacy afterClaim;
        try {
            afterClaim = writer.apply(candidacy, current -> {
                // the write may start over from a fresh read: only the last attempt says whether this call claimed it
                claimed[0] = mail(current, mailId).filter(m -> m.claimableAt(now)).isPresent();
                if (claimed[0] && isUndeliverable(current, mailId)) {
                    claimed[0] = false;
                    return current.withMail(mailId, m -> m.suppressed(now, "undeliverable address: "
                            + current.mailing().undeliverable().reason().code()));
                }
                return claimed[0] ? current.withMail(mailId, m -> m.claim(now.plus(LEASE))) : current;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not claim mail", "candidacyId", candidacy.id(), "mailId", mailId,
                    "error", e.getClass().getSimpleName());
            return candidacy;
        }
        if (!claimed[0]) {
            return afterClaim;
        }
        OutboxMail mail = mail(afterClaim, mailId).orElseThrow();
        String messageId = null;
        String error = null;
        try {
            messageId = mailer.send(withLink(afterClaim.id(), mail), new Mailer.Tags(afterClaim.id(), mailId));
        } catch (Mailer.MailNotSent | Unavailable e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Instant done = clock.instant();
        String sentId = messageId;
        String failure = error;
        try {
            Candidacy stored = writer.apply(afterClaim, current -> current.withMail(mailId,
                    m -> failure == null ? m.sent(done, sentId) : m.failed(done, failure)));
            if (failure == null) {
                LOG.log(Level.INFO, "mail sent", "candidacyId", candidacy.id(), "mailId", mailId, "kind", mail.kind());
            } else if (mail(stored, mailId).filter(OutboxMail::givenUp).isPresent()) {
                // the metric field makes the log line a CloudWatch metric (see the http module's JSON lines)
                LOG.log(Level.ERROR, "mail given up", "metric", MAILS_GIVEN_UP, "candidacyId", candidacy.id(),
                        "mailId", mailId, "kind", mail.kind(), "attempts", mail.attempts() + 1, "error", failure);
            } else {
                LOG.log(Level.WARNING, "mail not sent, will retry", "candidacyId", candidacy.id(), "mailId", mailId,
                        "kind", mail.kind(), "attempt", mail.attempts() + 1, "error", failure);
            }
            return stored;
        } catch (RuntimeException e) {
            // the lease expires and the job tries again: at worst a mail is sent twice, never lost
            LOG.log(Level.ERROR, "could not record mail outcome", "candidacyId", candidacy.id(), "mailId", mailId, e);
            return afterClaim;
        }
    }

    /** A mail to an address the mail service reported undeliverable is not sent (until the applicant changes it). */
    private static boolean isUndeliverable(Candidacy candidacy, String mailId) {
        var undeliverable = candidacy.mailing().undeliverable();
        return undeliverable != null && mail(candidacy, mailId).filter(m -> undeliverable.concerns(m.to())).isPresent();
    }

    private static Optional<OutboxMail> mail(Candidacy candidacy, String mailId) {
        return candidacy.outbox().stream().filter(m -> m.id().equals(mailId)).findFirst();
    }

    private Mailer.Mail withLink(String candidacyId, OutboxMail mail) {
        if (mail.linkNonce() == null) {
            return new Mailer.Mail(mail.to(), mail.subject(), mail.textBody(), mail.htmlBody());
        }
        String link = links.dossier(candidacyId, tokens.token(candidacyId, mail.linkNonce()));
        return new Mailer.Mail(mail.to(), mail.subject(),
                mail.textBody().replace(OutboxMail.LINK_PLACEHOLDER, link),
                mail.htmlBody() == null ? null : mail.htmlBody().replace(OutboxMail.LINK_PLACEHOLDER, link));
    }
}
