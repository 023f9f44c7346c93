package fr.interconnectes.candidatures.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hooks are registered only where Lambda will take a snapshot. */
class SnapStartTest {

    @Test
    void a_container_initialised_for_a_snapshot_registers_its_hooks() {
        assertThat(SnapStart.snapshotting(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))).isTrue();
    }

    @Test
    void on_demand_and_provisioned_containers_are_never_checkpointed() {
        assertThat(SnapStart.snapshotting(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"))).isFalse();
        assertThat(SnapStart.snapshotting(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")))
                .isFalse();
        assertThat(SnapStart.snapshotting(Map.of())).isFalse();
    }
}
