package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps a dossier's jurors those of the panel that hears it: the timetable assigns them (its records say
 * {@value #ASSIGNED_BY}) and takes back those of a panel that no longer hears it, unless they scored or declared
 * a conflict. A dossier whose jurors an organiser set by hand ({@code PUT /admin/candidacies/{id}/jurors}) keeps
 * them: the timetable leaves it alone.
 */
record PanelJurors(JuryRecords juryRecords) {

    /** {@code assignedBy} of the records the timetable writes. */
    static final String ASSIGNED_BY = "timetable";

    /** What changed on one dossier. */
    record Change(String candidacyId, List<String> added, List<String> removed, boolean byHand) {
    }

    /** Makes the dossier's jurors those of {@code panel} (nobody when null: it is no longer heard). */
    Change follow(String campaignId, String candidacyId, Panel panel, Instant now) {
        List<JuryRecord> records = juryRecords.forCandidacy(candidacyId);
        if (byHand(records)) {
            return new Change(candidacyId, List.of(), List.of(), true);
        }
        Set<String> wanted = panel == null ? Set.of() : Set.copyOf(panel.jurorIds());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String jurorId : panel == null ? List.<String>of() : panel.jurorIds()) {
            if (records.stream().noneMatch(r -> r.jurorId().equals(jurorId))) {
                try {
                    juryRecords.save(JuryRecord.assigned(candidacyId, campaignId, jurorId, ASSIGNED_BY, now));
                    added.add(jurorId);
                } catch (Candidacies.StaleRevision alreadyThere) {
                    // assigned meanwhile by another request: the juror is on the dossier, as wanted
                }
            }
        }
        for (JuryRecord record : records) {
            if (!wanted.contains(record.jurorId()) && ASSIGNED_BY.equals(record.assignedBy()) && !record.scored()
                    && !record.conflicted()) {
                try {
                    juryRecords.delete(record);
                    removed.add(record.jurorId());
                } catch (Candidacies.StaleRevision scoredMeanwhile) {
                    // the juror wrote on it meanwhile: what they wrote is kept
                }
            }
        }
        return new Change(candidacyId, List.copyOf(added), List.copyOf(removed), false);
    }

    /** An organiser set the jurors: some juror sits on it by their hand rather than by the timetable's. */
    static boolean byHand(List<JuryRecord> records) {
        return records.stream().anyMatch(r -> !r.conflicted() && !ASSIGNED_BY.equals(r.assignedBy()));
    }
}
