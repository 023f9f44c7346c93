package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real template.yaml leaves nothing to fail unseen ({@link ObservabilityChecker}). */
class ObservabilityChecksTest {

    private static SamTemplate template;
    private static ObservabilityChecker checker;

    @BeforeAll
    static void load() {
        template = SamTemplate.load(TemplateChecksTest.templatePath());
        checker = new ObservabilityChecker(template);
    }

    @Test
    void theTemplateHasWhatTheChecksLookAt() {
        // against vacuous passes: schedules, an asynchronous SNS function, queues and alarms are there to check
        var resources = ObservabilityChecker.expandedResources(template);
        assertThat(resources.values()).filteredOn(r -> ObservabilityChecker.ALARM.equals(r.get("Type")))
                .hasSizeGreaterThan(2 * template.resourcesOfType(TemplateChecker.FUNCTION).size());
        assertThat(resources.values()).filteredOn(r -> ObservabilityChecker.QUEUE.equals(r.get("Type"))).isNotEmpty();
        assertThat(template.resourcesOfType(TemplateChecker.FUNCTION).stream()
                .flatMap(id -> template.events(id).values().stream()).map(e -> e.get("Type")))
                .contains("Schedule", "SNS");
    }

    @Test
    void everyFunctionIsTraced() {
        assertThat(checker.tracingProblems()).isEmpty();
    }

    @Test
    void everyFunctionHasItsErrorsAndThrottlesAlarms() {
        assertThat(checker.functionAlarmProblems()).isEmpty();
    }

    @Test
    void theApiHasItsServerErrorRateAndLatencyAlarms() {
        assertThat(checker.apiAlarmProblems()).isEmpty();
    }

    @Test
    void everyScheduleRetriesAndKeepsWhatItCouldNotDeliver() {
        assertThat(checker.scheduleProblems()).isEmpty();
    }

    @Test
    void everyAsynchronousInvocationHasAnOnFailureDestination() {
        assertThat(checker.asyncFailureProblems()).isEmpty();
    }

    @Test
    void everyStreamHandsBackFailedRecordsRetriesThemAndKeepsWhatItGaveUp() {
        assertThat(checker.streamProblems()).isEmpty();
    }

    @Test
    void everyQueueHasADepthAlarmAndEveryAlarmTellsSomeone() {
        assertThat(checker.queueAlarmProblems()).isEmpty();
        assertThat(checker.alarmActionProblems()).isEmpty();
        assertThat(checker.problems()).isEqualTo(List.of());
    }
}
