package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;

/**
 * What the jury's use cases work on, in memory: the ARA and IDF label campaigns, the submitted ARA dossier
 * {@value #DOSSIER}, its jury records, the audit log, and a clock standing on the regional selection day.
 */
final class JuryBench {

    static final String DOSSIER = "c1";

    final TestClock clock = TestClock.at("2019-10-17T09:00:00Z");
    final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign());
    final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    final InMemoryJuryRecords jury = new InMemoryJuryRecords();
    final InMemoryAuditLog log = new InMemoryAuditLog();

    JuryBench() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
    }

    /** The juror {@code sub}, assigned to the dossier by the national organiser. */
    Principal assignedJuror(String sub) {
        jury.save(Fixtures.assigned(DOSSIER, sub));
        return Fixtures.juror(sub);
    }

    AdminAccess access() {
        return new AdminAccess(jury);
    }

    Audit audit() {
        return new Audit(log, clock);
    }
}
