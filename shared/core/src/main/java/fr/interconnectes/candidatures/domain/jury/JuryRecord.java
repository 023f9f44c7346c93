package fr.interconnectes.candidatures.domain.jury;

import java.time.Instant;
import java.util.Map;

/**
 * One juror on one dossier: assigned by an organiser, possibly declaring a conflict of interest (then they
 * cannot score it), and their own scores per criterion with a comment.
 */
public record JuryRecord(String candidacyId, String campaignId, String jurorId, Instant assignedAt, String assignedBy,
                         Instant conflictDeclaredAt, String conflictReason, Map<String, Integer> scores,
                         String comment, Instant scoredAt, long revision) {

    public JuryRecord {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    public static JuryRecord assigned(String candidacyId, String campaignId, String jurorId, String by, Instant at) {
        return new JuryRecord(candidacyId, campaignId, jurorId, at, by, null, null, Map.of(), null, null, 0);
    }

    public boolean conflicted() {
        return conflictDeclaredAt != null;
    }

    public boolean scored() {
        return scoredAt != null;
    }

    public JuryRecord withConflict(String reason, Instant at) {
        return new JuryRecord(candidacyId, campaignId, jurorId, assignedAt, assignedBy, at, reason, Map.of(), null,
                null, revision);
    }

    public JuryRecord withScores(Map<String, Integer> newScores, String newComment, Instant at) {
        return new JuryRecord(candidacyId, campaignId, jurorId, assignedAt, assignedBy, conflictDeclaredAt,
                conflictReason, newScores, newComment, at, revision);
    }

    /** Scores and dates kept for the statistics; the comment and the conflict's reason, which may name people, gone. */
    public JuryRecord withoutFreeTexts() {
        return new JuryRecord(candidacyId, campaignId, jurorId, assignedAt, assignedBy, conflictDeclaredAt, null,
                scores, null, scoredAt, revision);
    }

    public JuryRecord atRevision(long newRevision) {
        return new JuryRecord(candidacyId, campaignId, jurorId, assignedAt, assignedBy, conflictDeclaredAt,
                conflictReason, scores, comment, scoredAt, newRevision);
    }
}
