package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.dossiers.OptimisticWrite;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Erases the personal data of one dossier, the same way for the retention job and for a request:
 * <ol>
 *   <li>one conditional write anonymises the dossier (see {@link Candidacy#anonymised}) and records the erasure
 *       with what remains to do: the jury's free texts and the dossier's folders in the file store;</li>
 *   <li>each remaining part is erased (the jury records' comments and conflict reasons; every version of every
 *       file in each folder);</li>
 *   <li>a second write records what is still left, the erasure complete when nothing is.</li>
 * </ol>
 * A crash or an outage at any point leaves either the dossier untouched, or the erasure recorded pending with what
 * remains, which {@link #finish} (the next retention run) takes up; every step can be repeated without harm.
 * The start and the completion are audited once each.
 */
public record DossierErasure(CandidacyWriter writer, JuryRecords juryRecords, FileStore files, Audit audit,
                             Clock clock) {

    private static final System.Logger LOG = System.getLogger(DossierErasure.class.getName());

    /** Erases the dossier's personal data, or goes on with an erasure already started; returns the dossier. */
    public Candidacy erase(Candidacy dossier, Erasure.Cause cause, String reason, Principal actor) {
        Candidacy stored = dossier;
        if (!dossier.erased()) {
            Instant now = clock.instant();
            boolean[] started = {false};
            stored = writer.apply(dossier, current -> {
                started[0] = !current.erased();
                return started[0] ? current.anonymised(Erasure.started(cause, reason, actor.sub(), now,
                        remainingParts(current)), now) : current;
            });
            if (started[0]) {
                audit.record(actor, stored.campaignId(), stored.id(), "erasure_started", "cause", cause.code(),
                        "reason", reason == null ? "" : reason);
            }
        }
        return finish(stored, actor);
    }

    /** Erases what an erasure left behind; a complete erasure, or a dossier never erased, is left as it is. */
    public Candidacy finish(Candidacy stored, Principal actor) {
        if (!stored.erased() || stored.erasure().complete()) {
            return stored;
        }
        Set<String> left = new LinkedHashSet<>();
        String error = null;
        for (String part : stored.erasure().remaining()) {
            try {
                erasePart(stored.id(), part);
            } catch (RuntimeException e) {
                // recorded and retried by the next run: an outage must not stop the other parts nor lose track
                LOG.log(Level.WARNING, "erasure part left for later", "candidacyId", stored.id(), "part", part,
                        "error", e.getMessage());
                left.add(part);
                error = e.getMessage();
            }
        }
        Instant now = clock.instant();
        String lastError = error;
        boolean[] completed = {false};
        Candidacy after = writer.apply(stored, current -> {
            completed[0] = false;
            if (!current.erased() || current.erasure().complete()) {
                return current;
            }
            List<String> stillLeft = current.erasure().remaining().stream().filter(left::contains).toList();
            if (stillLeft.equals(current.erasure().remaining()) && !stillLeft.isEmpty()
                    && java.util.Objects.equals(lastError, current.erasure().lastError())) {
                return current;
            }
            completed[0] = stillLeft.isEmpty();
            return current.withErasure(current.erasure().attempted(stillLeft, lastError, now));
        });
        if (completed[0]) {
            audit.record(actor, after.campaignId(), after.id(), "erasure_completed", "cause",
                    after.erasure().cause().code());
        }
        return after;
    }

    /** The jury's free texts, then the folder of the dossier's own files and of any file it shares. */
    private static List<String> remainingParts(Candidacy dossier) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(Erasure.JURY);
        parts.add(Erasure.FILES + Attachment.storageFolder(dossier.campaignId(), dossier.id()));
        dossier.attachments().stream().map(Attachment::storageFolder).filter(f -> f != null)
                .forEach(folder -> parts.add(Erasure.FILES + folder));
        return new ArrayList<>(parts);
    }

    private void erasePart(String candidacyId, String part) {
        if (part.equals(Erasure.JURY)) {
            for (JuryRecord record : juryRecords.forCandidacy(candidacyId)) {
                OptimisticWrite.apply(record, r -> r.comment() == null && r.conflictReason() == null ? r
                                : r.withoutFreeTexts(), juryRecords::save,
                        () -> juryRecords.find(record.candidacyId(), record.jurorId()).orElse(record.withoutFreeTexts()));
            }
            return;
        }
        String folder = Erasure.filesPrefix(part);
        if (folder != null) {
            int versions = files.eraseAll(folder);
            LOG.log(Level.INFO, "files erased", "candidacyId", candidacyId, "folder", folder, "versions", versions);
        }
    }
}
