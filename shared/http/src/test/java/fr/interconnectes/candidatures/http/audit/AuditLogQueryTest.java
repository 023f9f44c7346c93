package fr.interconnectes.candidatures.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.audit.ReadAuditLog;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogQueryTest {

    @Test
    void the_whole_campaign_a_hundred_entries_by_default() {
        assertThat(AuditLogQuery.of(Requests.query(Map.of()))).isEqualTo(new ReadAuditLog.Query(null, 100));
        assertThat(AuditLogQuery.of(Requests.query(Map.of("candidacyId", " ", "limit", " ")))).isEqualTo(
                new ReadAuditLog.Query(null, ReadAuditLog.DEFAULT_LIMIT));
    }

    @Test
    void one_dossier_and_a_limit_capped_at_five_hundred() {
        assertThat(AuditLogQuery.of(Requests.query(Map.of("candidacyId", " c1 ", "limit", " 7 "))))
                .isEqualTo(new ReadAuditLog.Query("c1", 7));
        assertThat(AuditLogQuery.of(Requests.query(Map.of("limit", "100000"))).limit()).isEqualTo(ReadAuditLog.MAX_LIMIT);
    }

    @Test
    void a_limit_is_a_whole_number_from_one() {
        for (String limit : new String[] {"0", "-3", "lots", "1.5"}) {
            var refused = Refusals.of(() -> AuditLogQuery.of(Requests.query(Map.of("limit", limit))));
            assertThat(Refusals.fields(refused)).as(limit).containsExactly("limit invalid_limit");
            assertThat(Refusals.field(refused, "limit").message().in(Language.EN))
                    .isEqualTo("A whole number from 1 is expected (500 at most).");
        }
    }
}
