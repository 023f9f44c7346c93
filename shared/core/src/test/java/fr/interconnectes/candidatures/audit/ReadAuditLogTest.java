package fr.interconnectes.candidatures.audit;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadAuditLogTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final Audit audit = new Audit(log, clock);
    private final ReadAuditLog readAuditLog = new ReadAuditLog(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign()), log);

    /** {@code count} actions on dossier {@code candidacyId} of the label campaign, a second apart. */
    private void actions(int count, String candidacyId) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            audit.record(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, candidacyId, "action-" + candidacyId + "-" + i);
        }
    }

    private ReadAuditLog.Entries read(Principal caller, String candidacyId, Integer limit) {
        return readAuditLog.execute(caller, Fixtures.LABEL_CAMPAIGN,
                new ReadAuditLog.Query(candidacyId, limit == null ? ReadAuditLog.DEFAULT_LIMIT : limit));
    }

    @Test
    void organisers_read_the_campaigns_entries_newest_first() {
        actions(2, "c1");
        actions(1, "c2");
        audit.record(Fixtures.organiser(), Fixtures.OTHER_REGION_CAMPAIGN, "c9", "elsewhere");

        ReadAuditLog.Entries entries = read(Fixtures.regionalOrganiser("ARA"), null, null);

        assertThat(entries.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(entries.candidacyId()).isNull();
        assertThat(entries.entries()).extracting(AuditEntry::action)
                .containsExactly("action-c2-0", "action-c1-1", "action-c1-0");
        assertThatThrownBy(() -> entries.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void one_dossiers_entries_only() {
        actions(2, "c1");
        actions(3, "c2");

        ReadAuditLog.Entries entries = read(Fixtures.organiser(), "c1", null);

        assertThat(entries.candidacyId()).isEqualTo("c1");
        assertThat(entries.entries()).extracting(AuditEntry::action).containsExactly("action-c1-1", "action-c1-0");
        assertThat(read(Fixtures.organiser(), null, null).entries()).as("no dossier: every dossier").hasSize(5);
    }

    /** The query's bounds are the http module's (AuditLogQueryTest); the use case reads as many as asked. */
    @Test
    void the_newest_entries_up_to_the_limit() {
        actions(ReadAuditLog.MAX_LIMIT + 20, "c1");

        assertThat(read(Fixtures.organiser(), null, null).limit()).isEqualTo(ReadAuditLog.DEFAULT_LIMIT);
        assertThat(read(Fixtures.organiser(), null, null).entries()).hasSize(ReadAuditLog.DEFAULT_LIMIT);
        assertThat(read(Fixtures.organiser(), null, 3).entries()).extracting(AuditEntry::action)
                .containsExactly("action-c1-519", "action-c1-518", "action-c1-517");
        assertThat(read(Fixtures.organiser(), null, ReadAuditLog.MAX_LIMIT).entries()).hasSize(ReadAuditLog.MAX_LIMIT);
        assertThatThrownBy(() -> new ReadAuditLog.Query(null, ReadAuditLog.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jurors_and_other_regions_may_not_read_it() {
        actions(1, "c1");

        refused(ErrorCode.FORBIDDEN, () -> read(Fixtures.juror("juror-1"), "c1", null));
        refused(ErrorCode.OUT_OF_REGION, () -> read(Fixtures.regionalOrganiser("IDF"), null, null));
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> readAuditLog.execute(Fixtures.organiser(), "nowhere-2019", new ReadAuditLog.Query(null, 10)));
    }
}
