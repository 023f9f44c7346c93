package fr.interconnectes.candidatures.functions.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.InMemoryJobCheckpoints;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The EventBridge sample of {@code sam local invoke -e events/apply-retention.json}, through the handler's seam. */
class ApplyRetentionHandlerTest {

    /** Three years and a day after the 2019 selection day, as in the sample: not-selected dossiers are due. */
    private static final Instant SAMPLE_TIME = Instant.parse("2022-10-19T03:00:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryJobCheckpoints checkpoints = new InMemoryJobCheckpoints();
    private final ApplyRetentionHandler handler = new ApplyRetentionHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.nationalLabelCampaign()), candidacies,
            new InMemoryJuryRecords(), new InMemoryFileStore(SAMPLE_TIME), auditLog, checkpoints,
            new TestClock(SAMPLE_TIME), 2);

    @ParameterizedTest
    @Event(value = "../events/apply-retention.json", type = Map.class)
    void the_dossiers_past_their_period_are_erased_once_the_finalist_kept(Map<String, Object> event) {
        candidacies.put(Fixtures.submitted("cNotSelected1", "ARA-2019-L-0001", Fixtures.DURING_CALL));
        candidacies.put(Fixtures.submitted("cNotSelected2", "ARA-2019-L-0002", Fixtures.DURING_CALL.plusSeconds(1)));
        candidacies.put(Fixtures.withSentDecision(Fixtures.submitted("cFinalist", "ARA-2019-L-0003",
                Fixtures.DURING_CALL.plusSeconds(2)), Decision.Outcome.FINALIST, Fixtures.AFTER_DEADLINE));

        var round = handler.handleRequest(event, null);

        assertThat(round).containsEntry("erased", 2).containsEntry("scanned", 3).containsEntry("pages", 3)
                .containsEntry("pending", 0).containsEntry("sweepComplete", true);
        assertThat(candidacies.stored("cNotSelected1").erasure().complete()).isTrue();
        assertThat(candidacies.stored("cFinalist").erased()).isFalse();
        assertThat(auditLog.actions()).containsExactly("erasure_started", "erasure_completed", "erasure_started",
                "erasure_completed");
        assertThat(auditLog.entries().get(0).actor()).isEqualTo("retention-job");
        // two pages of the label call, then the empty national round (its closing is the start of its periods)
        assertThat(checkpoints.saved()).hasSize(2);
        assertThat(checkpoints.find("retention")).isEmpty();

        assertThat(handler.handleRequest(event, null)).containsEntry("erased", 0).containsEntry("sweepComplete", true);
        assertThat(auditLog.entries()).hasSize(4);
    }
}
