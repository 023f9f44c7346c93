package fr.interconnectes.candidatures.domain.jury;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One juror's score sheet for one dossier: an integer score per criterion id of the grid, and a free comment.
 * The sheet may be partial (a criterion not scored yet, or mapped to {@code null}): it is then incomplete and
 * left out of the ranking, which counts it.
 */
public record JurorScore(String candidacyId, String jurorId, Map<String, Integer> scoresByCriterion, String comment) {

    public JurorScore {
        Objects.requireNonNull(candidacyId, "candidacyId");
        Objects.requireNonNull(jurorId, "jurorId");
        Objects.requireNonNull(scoresByCriterion, "scoresByCriterion");
        TreeMap<String, Integer> scores = new TreeMap<>();
        scoresByCriterion.forEach((criterionId, score) -> {
            Objects.requireNonNull(criterionId, "criterion id");
            if (score != null) {
                scores.put(criterionId, score);
            }
        });
        scoresByCriterion = Collections.unmodifiableMap(scores);
    }

    public JurorScore(String candidacyId, String jurorId, Map<String, Integer> scoresByCriterion) {
        this(candidacyId, jurorId, scoresByCriterion, null);
    }
}
