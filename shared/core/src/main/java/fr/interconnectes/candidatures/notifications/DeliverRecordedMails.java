package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Candidacies;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The outbox's stream delivery: the table's stream names the dossiers just written with a mail due, and their due
 * mails are sent, within a second or so of the write, by the one function that holds the mail service's rights. Each
 * dossier is read fresh (the stream's record may be older than the dossier), then delivered as the retry job
 * delivers: every mail claimed by a conditional write first, so the stream, a retry of it and the retry job never
 * send one twice. A dossier named twice in a batch (a mail recorded, then claimed) is read once.
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
        int sent = 0;
        int failed = 0;
        List<String> unreachable = new ArrayList<>();
        LinkedHashSet<String> dossiers = new LinkedHashSet<>(candidacyIds);
        for (String candidacyId : dossiers) {
            try {
                var found = candidacies.find(candidacyId);
                if (found.isPresent()) {
                    Outbox.Round round = outbox.deliverCounted(found.get());
                    sent += round.sent();
                    failed += round.failed();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dossier of the stream unreachable, handed back", "candidacyId", candidacyId,
                        "error", e.getClass().getSimpleName());
                unreachable.add(candidacyId);
            }
        }
        return new Result(dossiers.size(), sent, failed, unreachable);
    }
}
