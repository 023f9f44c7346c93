package fr.interconnectes.candidatures.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The published results of a round: the finalists of a regional selection, the labelled projects (or winning
 * start-ups) of the national one. A snapshot taken when an organiser publishes it, so that the public read touches
 * no dossier; publishing again replaces it.
 */
public record Palmares(String campaignId, List<Laureate> laureates, Instant publishedAt, String publishedBy) {

    /** Most laureates a round publishes (a regional selection keeps a handful). */
    public static final int MAX_LAUREATES = 200;

    public Palmares {
        Objects.requireNonNull(campaignId, "campaignId");
        laureates = List.copyOf(laureates);
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
