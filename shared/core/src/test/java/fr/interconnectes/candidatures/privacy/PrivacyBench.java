package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.InMemoryJobCheckpoints;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.List;

/** The privacy use cases wired on the in-memory fakes, as the handlers wire them on the real adapters. */
final class PrivacyBench {

    final InMemoryCampaigns campaigns;
    final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    final InMemoryFileStore files = new InMemoryFileStore(Fixtures.DURING_CALL);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryJobCheckpoints checkpoints = new InMemoryJobCheckpoints();
    final TestClock clock;
    final LinkedDossiers linked;
    final DossierErasure erasure;

    PrivacyBench(Instant now, Campaign... campaigns) {
        this.campaigns = new InMemoryCampaigns(campaigns);
        this.clock = new TestClock(now);
        this.linked = new LinkedDossiers(this.campaigns, candidacies);
        this.erasure = new DossierErasure(new CandidacyWriter(candidacies), juryRecords, files,
                new Audit(auditLog, clock), clock);
    }

    ApplyRetention retention(int pageSize) {
        return new ApplyRetention(campaigns, candidacies, linked, erasure, checkpoints, clock, pageSize);
    }

    EraseCandidacy eraseCandidacy() {
        return new EraseCandidacy(campaigns, candidacies, linked, erasure, new Audit(auditLog, clock), clock);
    }

    /** Stores the dossier and puts a file in the store under each of its attachments' keys. */
    Candidacy store(Candidacy dossier) {
        candidacies.put(dossier);
        dossier.attachments().forEach(a -> files.put(a.storageKey(), new byte[] {1, 2, 3}, "application/pdf"));
        return dossier;
    }

    /** {@code dossier} with one received file, stored where uploads of its campaign go. */
    static Candidacy withFile(Candidacy dossier) {
        Instant at = dossier.createdAt();
        String key = Attachment.storageFolder(dossier.campaignId(), dossier.id()) + "a1.pdf";
        return dossier.withAttachments(List.of(new Attachment("a1", "statuts-Dupré.pdf", FileType.PDF, 3,
                Attachment.State.RECEIVED, key, at, at)), at);
    }

    /** The ids of the dossiers whose erasure the audit log says completed, in order. */
    List<String> completedErasures() {
        return auditLog.entries().stream().filter(e -> e.action().equals("erasure_completed"))
                .map(e -> e.candidacyId()).toList();
    }
}
