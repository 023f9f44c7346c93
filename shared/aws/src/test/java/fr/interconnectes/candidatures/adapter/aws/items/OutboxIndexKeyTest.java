package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox index is queried with {@code GSI3SK <= now}: its keys must sort as the instants they stand for. */
class OutboxIndexKeyTest {

    @Test
    void keys_sort_as_their_instants_whatever_the_fraction() {
        List<Instant> instants = List.of(
                Instant.parse("2026-12-04T20:25:40Z"),
                Instant.parse("2026-12-04T20:25:40.000001Z"),
                Instant.parse("2026-12-04T20:25:40.035Z"),
                Instant.parse("2026-12-04T20:25:40.035309243Z"),
                Instant.parse("2026-12-04T20:25:40.5Z"),
                Instant.parse("2026-12-04T20:25:41Z"));

        List<String> keys = instants.stream().map(CandidacyItem::outboxIndexSortKey).toList();

        assertThat(keys).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(key -> assertThat(key).hasSize(keys.getFirst().length()));
    }
}
