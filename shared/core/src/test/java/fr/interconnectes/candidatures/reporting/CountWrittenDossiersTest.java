package fr.interconnectes.candidatures.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.UnreadableCandidacies;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountWrittenDossiersTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();

    @Test
    void a_dossier_named_twice_in_a_batch_is_counted_once_in_the_batch_order() {
        var result = new CountWrittenDossiers(candidacies).execute(List.of("c-1", "c-2", "c-1", "c-3"));

        assertThat(candidacies.countedWritten()).containsExactly("c-1", "c-2", "c-3");
        assertThat(result.dossiers()).isEqualTo(3);
        assertThat(result.unreachable()).isEmpty();
    }

    @Test
    void a_dossier_the_store_cannot_count_is_handed_back_and_the_others_are_counted() {
        var result = new CountWrittenDossiers(UnreadableCandidacies.except(candidacies, "c-2"))
                .execute(List.of("c-1", "c-2", "c-3"));

        assertThat(result.unreachable()).containsExactly("c-2");
        assertThat(candidacies.countedWritten()).containsExactly("c-1", "c-3");
    }
}
