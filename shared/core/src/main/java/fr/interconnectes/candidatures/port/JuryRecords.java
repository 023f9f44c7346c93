package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import java.util.List;
import java.util.Optional;

/** Jurors' assignments, conflicts and scores. */
public interface JuryRecords {

    Optional<JuryRecord> find(String candidacyId, String jurorId);

    List<JuryRecord> forCandidacy(String candidacyId);

    List<JuryRecord> forCampaign(String campaignId);

    List<JuryRecord> forJuror(String jurorId, String campaignId);

    /**
     * Writes the record if it is still at {@code record.revision()} (0: must not exist yet).
     *
     * @throws Candidacies.StaleRevision when another write came first
     */
    JuryRecord save(JuryRecord record);

    /** Removes an assignment (only ever done while nothing is scored). */
    void delete(String candidacyId, String jurorId);

    /**
     * Removes the assignment only if it is still at {@code record.revision()}, so that scores written
     * meanwhile are never lost. Stores that cannot check fall back to {@link #delete(String, String)}.
     *
     * @throws Candidacies.StaleRevision when another write came first (nothing is removed then)
     */
    default void delete(JuryRecord record) {
        delete(record.candidacyId(), record.jurorId());
    }
}
