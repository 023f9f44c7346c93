package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.port.Candidacies;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The campaign counters' stream side: the table's stream names the dossiers just written, and each one's tally is
 * applied to its campaign's counters a second or so after the write, off the applicant's request. The store reads
 * each dossier fresh and applies its tally only over an older revision's, so a record seen twice, late or out of
 * order counts once. A dossier named twice in a batch is counted once.
 */
public record CountWrittenDossiers(Candidacies candidacies) {

    private static final System.Logger LOG = System.getLogger(CountWrittenDossiers.class.getName());

    /**
     * What a batch did.
     *
     * @param unreachable the dossiers the store could not read or count: the stream hands them over again
     */
    public record Result(int dossiers, List<String> unreachable) {

        public Result {
            unreachable = List.copyOf(unreachable);
        }
    }

    public Result execute(List<String> candidacyIds) {
        List<String> dossiers = List.copyOf(new LinkedHashSet<>(candidacyIds));
        List<String> unreachable = new ArrayList<>();
        for (String candidacyId : dossiers) {
            try {
                candidacies.countWritten(candidacyId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dossier of the stream not counted, handed back", "candidacyId", candidacyId,
                        "error", e.getClass().getSimpleName());
                unreachable.add(candidacyId);
            }
        }
        return new Result(dossiers.size(), unreachable);
    }
}
