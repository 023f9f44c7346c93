package fr.interconnectes.candidatures.local.runtime;

/** A Schedule event of template.yaml: which function it invokes, on what expression. */
public record LocalSchedule(String functionLogicalId, String eventName, ScheduleExpression expression,
                            String expressionText, boolean enabled, LocalFunction function) {
}
