package fr.interconnectes.candidatures.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a scheduled job that works page after page remembers how far it got, so that the next run, after a crash
 * or a timeout, goes on from there instead of starting over.
 */
public interface JobCheckpoints {

    Optional<Checkpoint> find(String job);

    void save(Checkpoint checkpoint);

    /** The job went through everything: the next run starts from the beginning. */
    void clear(String job);

    /**
     * @param campaignId the campaign the job was in
     * @param cursor     where its next page starts ({@code null}: the campaign's first page)
     * @param sweepStartedAt when this pass over every campaign began
     */
    record Checkpoint(String job, String campaignId, String cursor, Instant sweepStartedAt, Instant savedAt) {
    }
}
