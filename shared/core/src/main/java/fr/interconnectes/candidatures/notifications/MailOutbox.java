package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends the mails recorded with a dossier. A mail is first claimed (a short lease written to the store),
 * so the request that recorded it and the retry job never both send it; then sent; then marked sent, or
 * failed with a backoff. A send failure never fails the caller: the mail stays pending for the job.
 */
public final class MailOutbox {

    private static final JsonLogger LOG = JsonLogger.of(MailOutbox.class);
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Candidacies candidacies;
    private final Mailer mailer;
    private final AccessTokens tokens;
    private final DossierLinks links;
    private final Clock clock;
    private final CandidacyWriter writer;

    public MailOutbox(Candidacies candidacies, Mailer mailer, AccessTokens tokens, DossierLinks links, Clock clock) {
        this.candidacies = candidacies;
        this.mailer = mailer;
        this.tokens = tokens;
        this.links = links;
        this.clock = clock;
        this.writer = new CandidacyWriter(candidacies);
    }

    /** Records a composed mail as a pending outbox entry (the caller writes it with its change). */
    public static OutboxMail record(CandidacyMails.Composed mail, String linkNonce, Instant now) {
        return OutboxMail.pending(AccessTokens.randomId(9), mail.kind(), mail.to(), mail.subject(),
                mail.textBody(), mail.htmlBody(), linkNonce, now);
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

    /** Counts of one delivery round. */
    public record Round(int sent, int failed) {
    }

    private Candidacy deliverOne(Candidacy candidacy, String mailId) {
        Instant now = clock.instant();
        boolean[] claimed = {false};
        Candidacy afterClaim;
        try {
            afterClaim = writer.apply(candidacy, current -> current.outbox().stream()
                    .filter(m -> m.id().equals(mailId) && m.claimableAt(now))
                    .findFirst()
                    .map(m -> {
                        claimed[0] = true;
                        return current.withMail(mailId, x -> x.claim(now.plus(LEASE)));
                    })
                    .orElse(current));
        } catch (RuntimeException e) {
            LOG.warn("could not claim mail", "candidacyId", candidacy.id(), "mailId", mailId, "error", e.getClass().getSimpleName());
            return candidacy;
        }
        if (!claimed[0]) {
            return afterClaim;
        }
        OutboxMail mail = afterClaim.outbox().stream().filter(m -> m.id().equals(mailId)).findFirst().orElseThrow();
        String messageId = null;
        String error = null;
        try {
            messageId = mailer.send(withLink(afterClaim.id(), mail));
        } catch (Mailer.MailNotSent | fr.interconnectes.candidatures.domain.Unavailable e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Instant done = clock.instant();
        String sentId = messageId;
        String failure = error;
        try {
            Candidacy stored = writer.apply(afterClaim, current -> current.withMail(mailId,
                    m -> failure == null ? m.sent(done, sentId) : m.failed(done, failure)));
            if (failure == null) {
                LOG.info("mail sent", "candidacyId", candidacy.id(), "mailId", mailId, "kind", mail.kind());
            } else {
                LOG.warn("mail not sent, will retry", "candidacyId", candidacy.id(), "mailId", mailId,
                        "kind", mail.kind(), "attempt", mail.attempts() + 1, "error", failure);
            }
            return stored;
        } catch (RuntimeException e) {
            // the lease expires and the job tries again: at worst a mail is sent twice, never lost
            LOG.error("could not record mail outcome", e, "candidacyId", candidacy.id(), "mailId", mailId);
            return afterClaim;
        }
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

    /** The retry job: every dossier with a mail due. */
    public Round deliverDue(int limit) {
        int sent = 0;
        int failed = 0;
        for (Candidacy candidacy : candidacies.withMailDue(clock.instant(), limit)) {
            Candidacy after = deliver(candidacy);
            for (OutboxMail before : candidacy.outbox()) {
                var now = after.outbox().stream().filter(m -> m.id().equals(before.id())).findFirst();
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
}
