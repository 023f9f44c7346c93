package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Candidacies;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The outbox's stream delivery: the table's stream names the dossiers just written with a mail due, and their due
 * mails are sent, within a second or so of the write, by the one function that holds the mail service's rights. Each
 * dossier is read fresh (the stream's record may be older than the dossier), then delivered as the retry job
 * delivers: every mail claimed by a conditional write first, so the stream, a retry of it and the retry job never
 * send one twice. A dossier named twice in a batch (a mail recorded, then claimed) is read once.
 *
 * <p>The batch's dossiers are delivered at once, one virtual thread each (a batch is the event source's BatchSize,
 * ten): a shard's records reach one invocation at a time, and at a deadline rush a shard's mails would otherwise go
 * one after the other, a few a second. The mailer keeps to the account's send rate ({@link SendRate}).
 */
public record DeliverRecordedMails(Candidacies candidacies, Outbox outbox) {

    private static final System.Logger LOG = System.getLogger(DeliverRecordedMails.class.getName());

    /**
     * What a batch did.
     *
     * @param unreachable the dossiers that could not be read or written (the store failed): the stream hands them
     *                    over again; a mail failure is not one of them, it stays pending for the retry job
     */
    public record Result(int dossiers, int sent, int failed, List<String> unreachable) {

        public Result {
            unreachable = List.copyOf(unreachable);
        }
    }

    public Result execute(List<String> candidacyIds) {
        List<String> dossiers = List.copyOf(new LinkedHashSet<>(candidacyIds));
        List<Future<Outbox.Round>> deliveries = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String candidacyId : dossiers) {
                deliveries.add(pool.submit(() -> delivered(candidacyId)));
            }
        }
        int sent = 0;
        int failed = 0;
        List<String> unreachable = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            Outbox.Round round = outcome(deliveries.get(i));
            if (round == null) {
                unreachable.add(dossiers.get(i));
            } else {
                sent += round.sent();
                failed += round.failed();
            }
        }
        return new Result(dossiers.size(), sent, failed, unreachable);
    }

    /** The dossier's due mails delivered (nothing for a dossier no longer there); {@code null} if it could not be read. */
    private Outbox.Round delivered(String candidacyId) {
        try {
            return candidacies.find(candidacyId).map(outbox::deliverCounted).orElse(new Outbox.Round(0, 0));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dossier of the stream unreachable, handed back", "candidacyId", candidacyId,
                    "error", e.getClass().getSimpleName());
            return null;
        }
    }

    private static Outbox.Round outcome(Future<Outbox.Round> delivery) {
        try {
            return delivery.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // an Error of the delivery itself: the record is handed back, as for a store that could not answer
            LOG.log(Level.ERROR, "stream delivery failed", e.getCause());
            return null;
        }
    }
}
