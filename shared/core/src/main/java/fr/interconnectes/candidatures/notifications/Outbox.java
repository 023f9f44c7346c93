package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the mails recorded with a dossier. A mail is first claimed (a short lease written to the store),
 * so the request that recorded it and the retry job never both send it; a mail recorded unwritten is written out by
 * {@link MailTemplates} and stored so in that same claim, so every attempt sends the same text; then sent, with its
 * personal link put in only now; then marked sent, or failed with a backoff. A send failure never fails the caller:
 * the mail stays pending for the job, and so does a draft the templates cannot write out. Each outcome is counted
 * ({@link Metrics}: sent, retried, given up), and logged under the id of the request that recorded the mail
 * ({@link Correlation}), whoever sends it.
 */
public record Outbox(Candidacies candidacies, CandidacyWriter writer, Mailer mailer, MailTemplates templates,
                     AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    static final Duration LEASE = Duration.ofMinutes(2);

    /** Counts of one delivery round. */
    public record Round(int sent, int failed) {

        Round plus(Round other) {
            return new Round(sent + other.sent, failed + other.failed);
        }
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

    /** The retry job: every dossier with a mail due, at most {@code limit}, one after the other. */
    public Round deliverDue(int limit) {
        Round round = new Round(0, 0);
        for (Candidacy candidacy : candidacies.withMailDue(clock.instant(), limit)) {
            round = round.plus(deliverCounted(candidacy));
        }
        return round;
    }

    /**
     * The retry job at rush scale: dossiers with a mail due, read {@code page} at a time, delivered by up to
     * {@code senders} at once (the next page is read as soon as this one is handed out, leaving out the dossiers
     * still in hand), until none is due or {@code budget} is spent; what was started is finished. Each mail is still
     * claimed by one conditional write before it is sent, so concurrent senders and runs never send one twice; the
     * send rate is the mailer's ({@link SendRate}).
     */
    public Round drain(Duration budget, int senders, int page) {
        // counted where mails are handed to SES: a dossier another run sent meanwhile is not this run's
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Outbox counted = new Outbox(candidacies, writer, mail -> {
            try {
                String messageId = mailer.send(mail);
                sent.incrementAndGet();
                return messageId;
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                throw e;
            }
        }, templates, tokens, links, clock, metrics);
        long deadline = System.nanoTime() + budget.toNanos();
        Semaphore slots = new Semaphore(senders);
        Set<String> inHand = ConcurrentHashMap.newKeySet();
        List<Future<Candidacy>> deliveries = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            while (System.nanoTime() < deadline) {
                List<Candidacy> due = candidacies.withMailDue(clock.instant(), page).stream()
                        .filter(c -> !inHand.contains(c.id())).toList();
                if (due.isEmpty()) {
                    if (inHand.isEmpty()) {
                        break;
                    }
                    pause();
                    continue;
                }
                for (Candidacy candidacy : due) {
                    if (System.nanoTime() >= deadline || !acquire(slots)) {
                        break;
                    }
                    inHand.add(candidacy.id());
                    deliveries.add(pool.submit(() -> {
                        try {
                            return counted.deliver(candidacy);
                        } finally {
                            inHand.remove(candidacy.id());
                            slots.release();
                        }
                    }));
                }
            }
        }
        deliveries.forEach(Outbox::join);
        return new Round(sent.get(), failed.get());
    }

    /**
     * How long the oldest mail due now has waited since it was recorded (zero when none is due): read from the first
     * dossier of the outbox index, ordered by next mail due.
     */
    public Duration backlogAge() {
        Instant now = clock.instant();
        return candidacies.withMailDue(now, 1).stream()
                .flatMap(candidacy -> candidacy.outbox().stream())
                .filter(mail -> mail.pending() && !mail.nextAttemptAt().isAfter(now))
                .map(OutboxMail::createdAt)
                .min(Comparator.naturalOrder())
                .map(recorded -> Duration.between(recorded, now))
                .orElse(Duration.ZERO);
    }

    private static boolean acquire(Semaphore slots) {
        try {
            slots.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits a moment for the senders to finish what they hold. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Future<Candidacy> delivery) {
        try {
            delivery.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.ERROR, "mail delivery failed", e.getCause());
        }
    }

    /** Delivers the dossier's due mails; counts those sent and those that failed again. */
    public Round deliverCounted(Candidacy candidacy) {
        int sent = 0;
        int failed = 0;
        Candidacy after = deliver(candidacy);
        for (OutboxMail before : candidacy.outbox()) {
            Optional<OutboxMail> now = mail(after, before.id());
            if (before.pending() && now.isPresent()) {
                if (now.get().state() == OutboxMail.State.SENT && before.state() != OutboxMail.State.SENT) {
                    sent++;
                } else if (now.get().attempts() > before.attempts()) {
                    failed++;
                }
            }
        }
        return new Round(sent, failed);
    }

    private Candidacy deliverOne(Candidacy candidacy, String mailId) {
        String requestId = mail(candidacy, mailId).map(OutboxMail::requestId).orElse(null);
        return Correlation.call(requestId, () -> claimAndSend(candidacy, mailId));
    }

    private Candidacy claimAndSend(Candidacy candidacy, String mailId) {
        Instant now = clock.instant();
        Optional<Mailer.Mail> writtenOut = Optional.empty();
        String notWritten = null;
        try {
            writtenOut = mail(candidacy, mailId).filter(OutboxMail::unwritten).map(this::writeOut);
        } catch (RuntimeException e) {
            // a defect, not the mail service's doing: a failed attempt like a refused send, retried once it is fixed,
            // given up and reported if it never is
            LOG.log(Level.ERROR, "could not write mail out", "candidacyId", candidacy.id(), "mailId", mailId, e);
            notWritten = "not written: " + e.getClass().getSimpleName();
        }
        Optional<Mailer.Mail> claimedAs = writtenOut;
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
                return claimed[0]
                        ? current.withMail(mailId, m -> written(m, claimedAs).claim(now.plus(LEASE)))
                        : current;
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
        String error = notWritten;
        if (error == null) {
            try {
                messageId = mailer.send(withLink(afterClaim.id(), mail), new Mailer.Tags(afterClaim.id(), mailId));
            } catch (Mailer.MailNotSent | Unavailable e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        Instant done = clock.instant();
        String sentId = messageId;
        String failure = error;
        try {
            Candidacy stored = writer.apply(afterClaim, current -> current.withMail(mailId,
                    m -> failure == null ? m.sent(done, sentId) : m.failed(done, failure)));
            if (failure == null) {
                metrics.record(new Metric.MailSent());
                LOG.log(Level.INFO, "mail sent", "candidacyId", candidacy.id(), "mailId", mailId, "kind", mail.kind());
            } else if (mail(stored, mailId).filter(OutboxMail::givenUp).isPresent()) {
                metrics.record(new Metric.MailGivenUp());
                LOG.log(Level.ERROR, "mail given up", "candidacyId", candidacy.id(),
                        "mailId", mailId, "kind", mail.kind(), "attempts", mail.attempts() + 1, "error", failure);
            } else {
                metrics.record(new Metric.MailRetried());
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

    private Mailer.Mail writeOut(OutboxMail unwritten) {
        if (!(unwritten.draft() instanceof MailModel model)) {
            throw new IllegalStateException("no template writes a " + unwritten.kind() + " draft");
        }
        return templates.render(model);
    }

    /** The claimed mail as written out before the claim (a draft is immutable: one writing serves every retry). */
    private static OutboxMail written(OutboxMail claimed, Optional<Mailer.Mail> writtenOut) {
        if (!claimed.unwritten() || writtenOut.isEmpty()) {
            return claimed;
        }
        Mailer.Mail mail = writtenOut.get();
        return claimed.written(mail.subject(), mail.textBody(), mail.htmlBody(), mail.attachments());
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
            return new Mailer.Mail(mail.to(), mail.subject(), mail.textBody(), mail.htmlBody(), mail.attachments());
        }
        String link = links.dossier(candidacyId, tokens.token(candidacyId, mail.linkNonce()));
        return new Mailer.Mail(mail.to(), mail.subject(),
                mail.textBody().replace(OutboxMail.LINK_PLACEHOLDER, link),
                mail.htmlBody() == null ? null : mail.htmlBody().replace(OutboxMail.LINK_PLACEHOLDER, link),
                mail.attachments());
    }
}
