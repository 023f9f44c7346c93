package fr.interconnectes.candidatures.reporting;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetDossierTest {

    private static final Instant AT = Fixtures.DURING_CALL;
    private static final Instant NOW = AT.plus(Duration.ofDays(20));

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final GetDossier getDossier = new GetDossier(new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies,
            juryRecords, new AdminAccess(juryRecords), new InMemoryFileStore(NOW), new Audit(auditLog, clock));

    private final Candidacy dossier = candidacies.put(withPendingFile(Fixtures.submitted("c1", "ARA-2019-L-0001", AT)));
    private final JuryRecord first = juryRecords.save(Fixtures.assigned("c1", "juror-1", AT));
    private final JuryRecord second = juryRecords.save(Fixtures.assigned("c1", "juror-2", AT)
            .withScores(Fixtures.evenScores(7), "Solide.", AT));

    /** The dossier with one more file, asked for but never uploaded. */
    private static Candidacy withPendingFile(Candidacy candidacy) {
        List<Attachment> attachments = new ArrayList<>(candidacy.attachments());
        attachments.add(new Attachment("p1", "annexe.pdf", FileType.PDF, 99, Attachment.State.PENDING,
                "candidacies/c/p1", AT, null));
        return candidacy.withAttachments(attachments, AT);
    }

    @Test
    void organisers_read_the_dossier_in_full_with_every_jurors_record() {
        for (Principal organiser : List.of(Fixtures.organiser(), Fixtures.regionalOrganiser("ARA"))) {
            GetDossier.Dossier read = getDossier.execute(organiser, "c1");

            assertThat(read.asOrganiser()).isTrue();
            assertThat(read.candidacy()).isEqualTo(dossier);
            assertThat(read.campaign()).isEqualTo(Fixtures.labelCampaign());
            assertThat(read.jury()).containsExactly(first, second);
        }
    }

    @Test
    void each_received_file_gets_a_five_minute_download_link_under_its_name_and_pending_files_none() {
        GetDossier.Dossier read = getDossier.execute(Fixtures.organiser(), "c1");

        assertThat(read.downloads()).containsOnlyKeys("a1");
        FileStore.PresignedDownload link = read.downloads().get("a1");
        assertThat(link.url()).isEqualTo("https://files.test/candidacies/c/a1?download=dossier.pdf");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void an_assigned_juror_reads_the_dossier_and_its_files_but_not_the_other_jurors_records() {
        GetDossier.Dossier read = getDossier.execute(Fixtures.juror("juror-1"), "c1");

        assertThat(read.asOrganiser()).isFalse();
        assertThat(read.candidacy()).isEqualTo(dossier);
        assertThat(read.downloads()).containsOnlyKeys("a1");
        assertThat(read.jury()).isEmpty();
    }

    @Test
    void every_reading_is_audited_with_who_and_when() {
        getDossier.execute(Fixtures.regionalOrganiser("ARA"), "c1");
        clock.advance(Duration.ofMinutes(1));
        getDossier.execute(Fixtures.juror("juror-2"), "c1");

        assertThat(auditLog.entries()).containsExactly(
                new AuditEntry(Fixtures.LABEL_CAMPAIGN, "c1", "regional-ARA", "REGIONAL_ORGANISER", "dossier_viewed",
                        Map.of(), NOW),
                new AuditEntry(Fixtures.LABEL_CAMPAIGN, "c1", "juror-2", "JUROR", "dossier_viewed", Map.of(),
                        NOW.plus(Duration.ofMinutes(1))));
    }

    @Test
    void strangers_to_the_dossier_are_refused_and_nothing_is_audited() {
        refused(ErrorCode.NOT_ASSIGNED, () -> getDossier.execute(Fixtures.juror("juror-3"), "c1"));
        refused(ErrorCode.OUT_OF_REGION, () -> getDossier.execute(Fixtures.regionalOrganiser("IDF"), "c1"));
        refused(ErrorCode.FORBIDDEN, () -> getDossier.execute(Fixtures.withoutRole(), "c1"));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> getDossier.execute(Fixtures.organiser(), "cDoesNotExist00"));

        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void a_dossier_whose_campaign_is_gone_is_refused() {
        candidacies.put(Fixtures.draft("c9", "gone-2019", Fixtures.bareLabelForm("a@b.fr"), "t", AT));

        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> getDossier.execute(Fixtures.organiser(), "c9"));
    }
}
