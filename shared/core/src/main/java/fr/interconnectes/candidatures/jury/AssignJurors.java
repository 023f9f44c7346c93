package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organiser of the dossier's campaign sets its jurors ({@code PUT /admin/candidacies/{id}/jurors}): new
 * ones are assigned, those no longer listed are removed unless they already scored (they are kept and
 * reported). Submitted dossiers only, until the decision is sent. Every change is audited.
 */
public record AssignJurors(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, Audit audit,
                           Clock clock) {

    private static final int REMOVE_ATTEMPTS = 3;

    /** @param jurorIds the jurors wanted on the dossier, each once, in the organiser's order */
    public record Command(String candidacyId, List<String> jurorIds) {

        public Command {
            jurorIds = List.copyOf(jurorIds);
        }
    }

    public record Result(Campaign campaign, Candidacy candidacy, List<JuryRecord> jurors, List<String> added,
                         List<String> removed, List<String> kept) {
    }

    public Result execute(Principal caller, Command command) {
        Candidacy candidacy = candidacies.require(command.candidacyId());
        Campaign campaign = campaigns.require(candidacy.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        List<String> wanted = command.jurorIds();
        AdminDossiers.requireSubmitted(candidacy);
        AdminDossiers.requireDecisionNotSent(candidacy);

        Instant now = clock.instant();
        Map<String, JuryRecord> current = new LinkedHashMap<>();
        juryRecords.forCandidacy(candidacy.id()).forEach(r -> current.put(r.jurorId(), r));
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String jurorId : wanted) {
            if (!current.containsKey(jurorId)) {
                try {
                    juryRecords.save(JuryRecord.assigned(candidacy.id(), campaign.id(), jurorId, caller.sub(), now));
                    added.add(jurorId);
                } catch (Candidacies.StaleRevision alreadyThere) {
                    // assigned by a concurrent request meanwhile: the juror is on the dossier, as asked
                }
            }
        }
        for (JuryRecord record : current.values()) {
            if (!wanted.contains(record.jurorId())) {
                if (remove(record)) {
                    removed.add(record.jurorId());
                } else {
                    kept.add(record.jurorId());
                }
            }
        }

        // in the order the organiser listed them, then those kept because they scored
        List<JuryRecord> jurors = juryRecords.forCandidacy(candidacy.id()).stream()
                .sorted(Comparator.comparingInt((JuryRecord r) -> wanted.contains(r.jurorId())
                                ? wanted.indexOf(r.jurorId()) : wanted.size())
                        .thenComparing(JuryRecord::assignedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(JuryRecord::jurorId))
                .toList();
        if (!added.isEmpty() || !removed.isEmpty() || !kept.isEmpty()) {
            audit.record(caller, campaign.id(), candidacy.id(), "jurors_assigned",
                    "jurorIds", String.join(",", jurors.stream().map(JuryRecord::jurorId).toList()),
                    "added", String.join(",", added),
                    "removed", String.join(",", removed),
                    "kept", String.join(",", kept));
        }
        return new Result(campaign, candidacy, jurors, List.copyOf(added), List.copyOf(removed), List.copyOf(kept));
    }

    /** Removes the juror unless they scored, even if they score at the same moment; false when kept. */
    private boolean remove(JuryRecord loaded) {
        JuryRecord record = loaded;
        for (int attempt = 1; ; attempt++) {
            if (record.scored()) {
                return false;
            }
            try {
                juryRecords.delete(record);
                return true;
            } catch (Candidacies.StaleRevision stale) {
                if (attempt >= REMOVE_ATTEMPTS) {
                    throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
                }
                Optional<JuryRecord> fresh = juryRecords.find(loaded.candidacyId(), loaded.jurorId());
                if (fresh.isEmpty()) {
                    return true;
                }
                record = fresh.get();
            }
        }
    }
}
