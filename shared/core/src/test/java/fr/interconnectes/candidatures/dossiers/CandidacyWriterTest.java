package fr.interconnectes.candidatures.dossiers;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CandidacyWriterTest {

    private static final Instant LATER = Fixtures.DURING_CALL.plusSeconds(60);

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final CandidacyWriter writer = new CandidacyWriter(candidacies);
    private final Candidacy loaded = candidacies.put(Fixtures.readyToSubmit("c1", "t1", Fixtures.DURING_CALL));
    /** Every dossier the change was given, in order. */
    private final List<Candidacy> seen = new ArrayList<>();

    private UnaryOperator<Candidacy> recorded(UnaryOperator<Candidacy> change) {
        return current -> {
            seen.add(current);
            return change.apply(current);
        };
    }

    /** Another request writes the dossier just before our next write. */
    private void aConcurrentWrite(UnaryOperator<Candidacy> change) {
        candidacies.beforeNextUpdate(store -> {
            Candidacy current = store.stored(loaded.id());
            store.put(change.apply(current).atRevision(current.revision() + 1));
        });
    }

    private static Candidacy withdraw(Candidacy c) {
        return c.withdrawn(LATER);
    }

    @Test
    void the_change_is_written_at_the_next_revision() {
        Candidacy written = writer.apply(loaded, CandidacyWriterTest::withdraw);

        assertThat(written.revision()).isEqualTo(loaded.revision() + 1);
        assertThat(written.status().code()).isEqualTo("withdrawn");
        assertThat(candidacies.stored("c1")).isEqualTo(written);
        assertThat(candidacies.updates()).isEqualTo(1);
    }

    @Test
    void a_change_returning_the_same_dossier_writes_nothing() {
        Candidacy result = writer.apply(loaded, recorded(UnaryOperator.identity()));

        assertThat(result).isSameAs(loaded);
        assertThat(candidacies.updates()).isZero();
        assertThat(candidacies.stored("c1").revision()).isEqualTo(loaded.revision());
    }

    @Test
    void a_change_that_throws_writes_nothing() {
        assertThatThrownBy(() -> writer.apply(loaded, c -> {
            throw new IllegalStateException("refused by a rule");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused by a rule");

        assertThat(candidacies.updates()).isZero();
        assertThat(candidacies.stored("c1")).isEqualTo(loaded);
    }

    @Test
    void after_a_concurrent_write_the_change_is_applied_again_to_the_fresh_dossier_and_both_writes_hold() {
        aConcurrentWrite(c -> c.withForm(Fixtures.completeLabelForm("nouvelle.adresse@cc-pays-evian.fr"), LATER));

        Candidacy written = writer.apply(loaded, recorded(CandidacyWriterTest::withdraw));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(loaded);
        assertThat(seen.get(1).contactEmail()).as("the second try starts from a fresh read")
                .isEqualTo("nouvelle.adresse@cc-pays-evian.fr");
        assertThat(written.status().code()).isEqualTo("withdrawn");
        assertThat(written.contactEmail()).isEqualTo("nouvelle.adresse@cc-pays-evian.fr");
        assertThat(written.revision()).isEqualTo(loaded.revision() + 2);
        assertThat(candidacies.stored("c1")).isEqualTo(written);
    }

    @Test
    void when_the_concurrent_write_already_did_it_the_retry_writes_nothing() {
        aConcurrentWrite(CandidacyWriterTest::withdraw);

        Candidacy result = writer.apply(loaded, recorded(c -> c.status().code().equals("withdrawn") ? c : withdraw(c)));

        assertThat(seen).hasSize(2);
        assertThat(result).isEqualTo(candidacies.stored("c1"));
        assertThat(result.revision()).as("only the concurrent write").isEqualTo(loaded.revision() + 1);
        assertThat(candidacies.updates()).isZero();
    }

    @Test
    void it_succeeds_on_its_last_attempt() {
        for (int i = 1; i < CandidacyWriter.ATTEMPTS; i++) {
            aConcurrentWrite(c -> c.withAccessTokenHash("hash-" + c.revision()));
        }

        Candidacy written = writer.apply(loaded, recorded(CandidacyWriterTest::withdraw));

        assertThat(seen).hasSize(CandidacyWriter.ATTEMPTS);
        assertThat(written.status().code()).isEqualTo("withdrawn");
        assertThat(written.accessTokenHashes()).as("one token per concurrent write, a dossier keeping its last 10")
                .hasSize(Math.min(loaded.accessTokenHashes().size() + CandidacyWriter.ATTEMPTS - 1, 10));
        assertThat(candidacies.updates()).isEqualTo(1);
    }

    @Test
    void past_its_attempts_it_gives_up_with_concurrent_modification_and_writes_nothing_of_its_own() {
        for (int i = 0; i < CandidacyWriter.ATTEMPTS; i++) {
            aConcurrentWrite(c -> c.withAccessTokenHash("hash-" + c.revision()));
        }

        refused(ErrorCode.CONCURRENT_MODIFICATION, () -> writer.apply(loaded, recorded(CandidacyWriterTest::withdraw)));

        assertThat(CandidacyWriter.ATTEMPTS).isEqualTo(16);
        assertThat(seen).hasSize(CandidacyWriter.ATTEMPTS);
        assertThat(candidacies.updates()).isZero();
        Candidacy stored = candidacies.stored("c1");
        assertThat(stored.status().code()).isEqualTo("draft");
        assertThat(stored.revision()).isEqualTo(loaded.revision() + CandidacyWriter.ATTEMPTS);
    }
}
