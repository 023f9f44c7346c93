package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierTallyTest {

    private static final Instant AT = Instant.parse("2019-10-10T21:59:59.999Z");

    @Test
    void a_submitted_dossier_counts_in_its_status_kind_track_hour_and_bytes() {
        DossierTally tally = DossierTally.of(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));

        assertThat(tally.counts()).containsEntry("total", 1L).containsEntry("status:submitted", 1L)
                .containsEntry("track:label", 1L).containsEntry("kind:epci", 1L)
                .containsEntry("statusKind:submitted:epci", 1L).containsEntry("hour:2019-10-10T21:00:00Z", 1L)
                .containsEntry("bytes", 1234L).hasSize(7);
    }

    @Test
    void the_difference_of_two_states_is_what_the_counters_move_by_and_encoding_keeps_it() {
        Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0001", AT);
        DossierTally before = DossierTally.of(submitted);
        DossierTally after = DossierTally.of(submitted.withdrawn(AT.plusSeconds(60)));

        assertThat(after.minus(before).counts()).containsOnly(
                java.util.Map.entry("status:withdrawn", 1L), java.util.Map.entry("status:submitted", -1L),
                java.util.Map.entry("statusKind:withdrawn:epci", 1L), java.util.Map.entry("statusKind:submitted:epci", -1L),
                java.util.Map.entry("hour:2019-10-10T21:00:00Z", -1L));
        assertThat(before.plus(after.minus(before))).isEqualTo(after);
        assertThat(DossierTally.decode(before.encode())).isEqualTo(before);
        assertThat(DossierTally.decode("")).isEqualTo(DossierTally.NONE);
    }
}
