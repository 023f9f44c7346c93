package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the observability checks can fail: a copy of the real template.yaml (parsed, edited in place; the file is
 * never written) broken once per rule, each defect reported naming the resource.
 */
class BrokenObservabilityTest {

    private SamTemplate broken;

    @BeforeEach
    void loadAFreshCopy() {
        broken = SamTemplate.load(TemplateChecksTest.templatePath());
        assertThat(new ObservabilityChecker(broken).problems()).isEmpty();
    }

    @Test
    void aFunctionLeftOutOfTheAlarmsIsCaught() {
        String function = broken.resourcesOfType(TemplateChecker.FUNCTION).get(0);
        List<Object> names = loopValues("Fn::ForEach::FunctionAlarms");
        assertThat(names.remove(function.replaceFirst("Function$", ""))).isTrue();

        List<String> problems = new ObservabilityChecker(broken).functionAlarmProblems();

        assertThat(problems).containsExactly(function + ": no alarm on its AWS/Lambda Errors",
                function + ": no alarm on its AWS/Lambda Throttles");
    }

    @Test
    void aFunctionNotTracedIsCaught() {
        String function = broken.resourcesOfType(TemplateChecker.FUNCTION).get(1);
        broken.properties(function).put("Tracing", "PassThrough");

        assertThat(new ObservabilityChecker(broken).tracingProblems())
                .containsExactly(function + ": Tracing must be Active (its own or Globals.Function), found PassThrough");
    }

    @Test
    void aScheduleWithoutRetryPolicyOrDeadLetterQueueIsCaught() {
        var schedule = eventProperties("DeliverPendingMailsFunction", "EveryMinute");
        schedule.remove("RetryPolicy");
        eventProperties("CloseCampaignsFunction", "EveryFiveMinutes").remove("DeadLetterConfig");

        List<String> problems = new ObservabilityChecker(broken).scheduleProblems();

        assertThat(problems).containsExactlyInAnyOrder("DeliverPendingMailsFunction event EveryMinute: no RetryPolicy",
                "CloseCampaignsFunction event EveryFiveMinutes: no DeadLetterConfig");
    }

    @Test
    void anAsynchronousFunctionWithoutOnFailureDestinationIsCaught() {
        broken.properties("RecordMailEventsFunction").remove("EventInvokeConfig");

        assertThat(new ObservabilityChecker(broken).asyncFailureProblems()).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("RecordMailEventsFunction: invoked asynchronously"));
    }

    @Test
    void aStreamThatWouldDropOrStallOnAFailedRecordIsCaught() {
        Map<String, Object> properties = broken.properties("OutboxWritesEventSource");
        properties.remove("FunctionResponseTypes");
        properties.remove("DestinationConfig");
        properties.put("MaximumRetryAttempts", -1);

        assertThat(new ObservabilityChecker(broken).streamProblems()).containsExactlyInAnyOrder(
                "OutboxWritesEventSource: no ReportBatchItemFailures",
                "OutboxWritesEventSource: MaximumRetryAttempts is not bounded",
                "OutboxWritesEventSource: DestinationConfig.OnFailure has no Destination");
    }

    @Test
    void aQueueWithoutDepthAlarmIsCaught() {
        broken.resources().put("StrayQueue", new java.util.LinkedHashMap<>(Map.of("Type", "AWS::SQS::Queue")));
        List<Object> queues = loopValues("Fn::ForEach::QueueDepthAlarms");
        assertThat(queues.remove("RemindJurorsScheduleDeadLetterQueue")).isTrue();

        assertThat(new ObservabilityChecker(broken).queueAlarmProblems()).containsExactlyInAnyOrder(
                "StrayQueue: no alarm on its depth (AWS/SQS ApproximateNumberOfMessagesVisible)",
                "RemindJurorsScheduleDeadLetterQueue: no alarm on its depth (AWS/SQS ApproximateNumberOfMessagesVisible)");
    }

    @Test
    void anApiWithoutLatencyOrErrorRateAlarmIsCaught() {
        broken.properties("ApiLatencyP99Alarm").remove("ExtendedStatistic");
        broken.properties("ApiLatencyP99Alarm").put("Statistic", "Average");
        broken.resources().remove("ApiServerErrorRateAlarm");

        assertThat(new ObservabilityChecker(broken).apiAlarmProblems()).containsExactlyInAnyOrder(
                "HttpApi: no alarm on its 5xx rate (5xx over Count)", "HttpApi: no alarm on its p99 Latency");
    }

    @Test
    void anAlarmThatTellsNoOneIsCaught() {
        broken.properties("MailsGivenUpAlarm").remove("AlarmActions");

        assertThat(new ObservabilityChecker(broken).alarmActionProblems())
                .containsExactly("MailsGivenUpAlarm: AlarmActions is empty or missing");
    }

    @SuppressWarnings("unchecked")
    private List<Object> loopValues(String loop) {
        return (List<Object>) ((List<Object>) broken.resources().get(loop)).get(1);
    }

    private Map<String, Object> eventProperties(String function, String event) {
        return SamTemplate.cast(broken.events(function).get(event).get("Properties"));
    }
}
