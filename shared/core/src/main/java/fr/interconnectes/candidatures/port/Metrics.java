package fr.interconnectes.candidatures.port;

/**
 * Counts what the people running a call watch (CloudWatch metrics on Lambda): each {@link Metric} is recorded where
 * it happens, in the use case. A metric names no dossier: the logs hold the details, the metrics the totals.
 */
public interface Metrics {

    void record(Metric metric);
}
