package fr.interconnectes.candidatures.local;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.local.bench.DossierSeed;
import fr.interconnectes.candidatures.local.emulator.LocalTableWrites;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the local stand-in for the table's stream hands CountWrittenDossiersFunction: the dossier items written on
 * dynalite through the real SDK client, as recorded by the SDK's global interceptor, through the event source's
 * filter of template.yaml, when a hosted function wrote them; not the counter shards written beside them, not a write
 * that was refused, not what a seed writes beside the functions.
 */
class WrittenItemsSourceTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final String DOSSIER_ITEMS = """
            {"eventName": ["INSERT", "MODIFY"], "dynamodb": {"Keys": {"SK": {"S": ["CANDIDACY"]}}}}""";

    private final DynamoDbCandidacies candidacies = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(),
            EMULATORS.tableName());
    private final DossierSeed seed = new DossierSeed("it-written-" + UUID.randomUUID().toString().substring(0, 8),
            Instant.parse("2030-10-01T08:00:00Z"));

    @Test
    void each_dossier_written_comes_once_per_write_in_order_and_a_refused_write_or_another_item_does_not() {
        try (var source = new WrittenItemsSource(LocalTableWrites.watch(EMULATORS.emulators().dynamoDbEndpoint(),
                EMULATORS.tableName()), List.of(DOSSIER_ITEMS))) {
            LocalTableWrites.byFunction(() -> {
                assertThat(candidacies.create(seed.dossier(1))).isTrue();
                assertThat(candidacies.create(seed.dossier(2))).isTrue();
                assertThat(candidacies.create(seed.dossier(1))).as("refused: it exists").isFalse();
                candidacies.update(candidacies.require(seed.id(1)).withdrawn(Instant.parse("2030-10-02T08:00:00Z")));
                return null;
            });

            // other tests of this JVM may write dossiers to the same table meanwhile
            List<Map<String, String>> mine = source.items().stream().map(item -> item.keys())
                    .filter(keys -> keys.get("PK").endsWith(seed.id(1)) || keys.get("PK").endsWith(seed.id(2)))
                    .toList();
            assertThat(mine).containsExactly(CandidacyItem.keyNames(seed.id(1)), CandidacyItem.keyNames(seed.id(2)),
                    CandidacyItem.keyNames(seed.id(1)));
            assertThat(source.items()).as("drained").noneMatch(item -> item.keys().get("PK").endsWith(seed.id(1)));
        }
    }

    @Test
    void what_a_function_writes_from_a_thread_it_starts_is_recorded_what_is_written_beside_the_functions_is_not() {
        try (var source = new WrittenItemsSource(LocalTableWrites.watch(EMULATORS.emulators().dynamoDbEndpoint(),
                EMULATORS.tableName()), List.of(DOSSIER_ITEMS))) {
            assertThat(candidacies.create(seed.dossier(4))).as("a seed's write, beside the functions").isTrue();
            LocalTableWrites.byFunction(() -> {
                Thread started = Thread.ofVirtual().start(() -> candidacies.create(seed.dossier(5)));
                try {
                    started.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });

            List<String> mine = source.items().stream().map(item -> item.keys().get("PK"))
                    .filter(pk -> pk.endsWith(seed.id(4)) || pk.endsWith(seed.id(5))).toList();
            assertThat(mine).containsExactly(CandidacyItem.keyNames(seed.id(5)).get("PK"));
            assertThat(candidacies.find(seed.id(4))).as("written all the same").isPresent();
        }
    }

    @Test
    void a_pattern_on_the_new_image_is_not_one_the_recorded_keys_can_tell() {
        assertThat(WrittenItemsSource.onKeysOnly(DOSSIER_ITEMS)).isTrue();
        assertThat(WrittenItemsSource.onKeysOnly(
                "{\"dynamodb\": {\"NewImage\": {\"GSI3PK\": {\"S\": [\"OUTBOX\"]}}}}")).isFalse();
    }

    @Test
    void a_closed_watch_records_nothing_more() {
        var watch = LocalTableWrites.watch(EMULATORS.emulators().dynamoDbEndpoint(), EMULATORS.tableName());
        watch.close();
        assertThat(LocalTableWrites.byFunction(() -> candidacies.create(seed.dossier(3)))).isTrue();

        assertThat(watch.drain()).isEmpty();
        assertThat(candidacies.find(seed.id(3))).isPresent();
    }
}
