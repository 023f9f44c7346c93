package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.local.bench.DossierSeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The campaign's counters on dynalite stay what a count of every dossier gives while many writers submit,
 * withdraw, decide and retry on the same dossiers at once, and after an item written before the counters is
 * backfilled (twice: it is idempotent).
 */
class DynamoDbTalliesTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final Instant AT = Instant.parse("2030-10-01T08:00:00Z");

    private final DynamoDbCandidacies candidacies = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(),
            EMULATORS.tableName());
    private final CandidacyWriter writer = new CandidacyWriter(candidacies);
    private final String campaign = "it-tally-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void concurrent_submissions_withdrawals_and_decisions_are_each_counted_once() throws Exception {
        DossierSeed seed = new DossierSeed(campaign, AT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // drafts (i % 10 of 6 or 7 are drafts in the seed): start every dossier as a draft
            Candidacy draft = seed.dossier(6).withForm(seed.dossier(i).form(), AT);
            Candidacy mine = new Candidacy(seed.id(i), campaign, draft.status(), draft.form(), draft.accessTokenHashes(),
                    draft.attachments(), null, null, null, null, 1, 0, AT, AT, List.of(), null, null);
            assertThat(candidacies.create(mine)).isTrue();
            ids.add(mine.id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (String id : ids) {
                int r = round;
                done.add(pool.submit(() -> change(id, r)));
                done.add(pool.submit(() -> change(id, r + 1)));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        DossierTally recount = candidacies.findByCampaign(campaign).stream().map(DossierTally::of)
                .reduce(DossierTally.NONE, DossierTally::plus);
        assertThat(recount.get(DossierTally.TOTAL)).isEqualTo(12);
        assertThat(candidacies.tally(campaign)).isEqualTo(recount);
    }

    @Test
    void a_dossier_written_before_the_counters_is_counted_once_backfilled() {
        Candidacy old = new DossierSeed(campaign, AT).dossier(2);
        assertThat(candidacies.create(old)).isTrue();
        // as if written by the release before the counters: the tally was never applied
        EMULATORS.aws().dynamoDb().deleteItem(r -> r.tableName(EMULATORS.tableName()).key(java.util.Map.of(
                "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("TALLY#" + campaign),
                "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(String.format("SHARD#%02d",
                        fr.interconnectes.candidatures.adapter.aws.items.TallyItem.shardOf(old.id()))))));
        assertThat(candidacies.tally(campaign).get(DossierTally.TOTAL)).isZero();

        assertThat(candidacies.backfill(campaign)).isEqualTo(1);
        assertThat(candidacies.backfill(campaign)).isEqualTo(1);

        assertThat(candidacies.tally(campaign)).isEqualTo(DossierTally.of(old));
    }

    @Test
    void counted_by_the_table_stream_a_write_waits_for_its_record_which_counts_once_however_often_and_late_it_comes() {
        var byStream = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(), EMULATORS.tableName(),
                DynamoDbCandidacies.Counting.BY_TABLE_STREAM);
        var streamWriter = new CandidacyWriter(byStream);
        DossierSeed seed = new DossierSeed(campaign, AT);
        Candidacy draft = seed.dossier(6);
        Candidacy submitted = seed.dossier(1);
        assertThat(byStream.create(draft)).isTrue();
        assertThat(byStream.create(submitted)).isTrue();
        assertThat(byStream.tally(campaign)).as("before the stream's records").isEqualTo(DossierTally.NONE);

        byStream.countWritten(draft.id());
        byStream.countWritten(submitted.id());
        byStream.countWritten(draft.id());
        assertThat(byStream.tally(campaign)).isEqualTo(DossierTally.of(draft).plus(DossierTally.of(submitted)));

        // the withdrawal's record comes, then the creation's again (a replay): the dossier counts as withdrawn
        Candidacy withdrawn = streamWriter.apply(streamWriter.require(submitted.id()),
                current -> current.withdrawn(AT.plusSeconds(60)));
        byStream.countWritten(withdrawn.id());
        byStream.countWritten(withdrawn.id());
        byStream.countWritten("c-never-written");
        assertThat(byStream.tally(campaign)).isEqualTo(DossierTally.of(draft).plus(DossierTally.of(withdrawn)));
        DossierTally recount = byStream.findByCampaign(campaign).stream().map(DossierTally::of)
                .reduce(DossierTally.NONE, DossierTally::plus);
        assertThat(byStream.tally(campaign)).isEqualTo(recount);
    }

    /** Draft → submitted → decided → withdrawn → draft again … whatever state another writer left it in. */
    private void change(String id, int step) {
        try {
            writer.apply(writer.require(id), current -> switch (current.status()) {
                case DRAFT -> current.submitted(new Receipt("ARA-2030-L-" + id.hashCode(), AT.plusSeconds(step * 3600L)),
                        AT.plusSeconds(step * 3600L));
                case SUBMITTED -> step % 3 == 0 ? current.withdrawn(AT.plusSeconds(step))
                        : current.decision() == null ? current.withDecision(new Decision(Decision.Outcome.FINALIST,
                                null, "organiser", AT, null)) : current.withdrawn(AT.plusSeconds(step));
                case WITHDRAWN -> new Candidacy(current.id(), current.campaignId(), CandidacyStatus.DRAFT, current.form(),
                        current.accessTokenHashes(), current.attachments(), null, null, null, null, current.version() + 1,
                        current.revision(), current.createdAt(), AT, current.outbox(), null, null);
                case EXPIRED -> current;
            });
        } catch (DomainException busy) {
            // concurrent_modification after every retry: this change is simply not made
        }
    }
}
