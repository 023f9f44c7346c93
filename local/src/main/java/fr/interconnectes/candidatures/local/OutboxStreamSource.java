package fr.interconnectes.candidatures.local;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.local.runtime.LocalTableStream;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the table's stream brings DeliverRecordedMailsFunction, read locally from the table: the dossiers whose item
 * carries the sparse outbox index's key ({@code GSI3PK = OUTBOX}, the event source's filter) with a mail due now.
 * A dossier just written with a new mail is one of them; so is one whose mail waits for a retry, which a real stream
 * would not bring again (the retry job sends it), and which the claim keeps from being sent twice.
 */
final class OutboxStreamSource implements LocalTableStream.Source {

    /** More than any one request records. */
    private static final int LIMIT = 100;

    private final Candidacies candidacies;
    private final Clock clock;

    OutboxStreamSource(Candidacies candidacies, Clock clock) {
        this.candidacies = candidacies;
        this.clock = clock;
    }

    @Override
    public List<LocalTableStream.Item> items() {
        return candidacies.withMailDue(clock.instant(), LIMIT).stream()
                .map(candidacy -> new LocalTableStream.Item(CandidacyItem.keyNames(candidacy.id()),
                        Map.of("GSI3PK", CandidacyItem.OUTBOX_INDEX_KEY)))
                .toList();
    }
}
