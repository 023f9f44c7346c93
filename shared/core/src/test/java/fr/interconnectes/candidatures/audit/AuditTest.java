package fr.interconnectes.candidatures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final Audit audit = new Audit(log, clock);

    @Test
    void an_entry_says_who_did_what_to_which_dossier_and_when() {
        clock.advance(Duration.ofMinutes(5));

        audit.record(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN, "c1", "decision.recorded");

        assertThat(log.entries()).containsExactly(new AuditEntry(Fixtures.LABEL_CAMPAIGN, "c1", "regional-ARA",
                "REGIONAL_ORGANISER", "decision.recorded", Map.of(), Fixtures.DURING_CALL.plus(Duration.ofMinutes(5))));
    }

    @Test
    void the_roles_are_listed_by_name_in_alphabetical_order() {
        Principal both = new Principal("sub-1", null, Set.of(Role.REGIONAL_ORGANISER, Role.JUROR, Role.ORGANISER), "ARA");

        audit.record(both, Fixtures.LABEL_CAMPAIGN, null, "export");

        assertThat(log.entries().get(0).actorRoles()).isEqualTo("JUROR,ORGANISER,REGIONAL_ORGANISER");
        assertThat(log.entries().get(0).candidacyId()).as("a campaign-wide action").isNull();
    }

    @Test
    void details_come_in_name_value_pairs_written_as_text_and_a_name_without_value_is_dropped() {
        audit.record(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, "c1", "scores_put",
                "criteria", 5, "outcome", Decision.Outcome.FINALIST, "message", null, "dangling");

        assertThat(log.entries().get(0).details()).containsExactlyInAnyOrderEntriesOf(
                Map.of("criteria", "5", "outcome", "FINALIST", "message", "null"));
    }
}
