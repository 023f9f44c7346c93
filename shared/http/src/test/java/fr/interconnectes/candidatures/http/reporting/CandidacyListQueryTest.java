package fr.interconnectes.candidatures.http.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import fr.interconnectes.candidatures.testing.Refusals;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidacyListQueryTest {

    @Test
    void without_parameters_every_dossier_most_recently_submitted_first() {
        assertThat(CandidacyListQuery.of(Requests.query(Map.of()))).isEqualTo(ListCandidacies.Query.everything());
    }

    @Test
    void every_parameter_is_read_into_its_type() {
        ListCandidacies.Query query = CandidacyListQuery.of(Requests.query(Map.of("status", "SUBMITTED",
                "kind", "epci", "submittedFrom", "2027-10-01", "submittedTo", "2027-10-10", "q", "Évian",
                "sort", "-organisation", "limit", "250", "cursor", "MjoxMjM")));

        assertThat(query).isEqualTo(new ListCandidacies.Query(CandidacyStatus.SUBMITTED, "epci",
                LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 10), "Évian",
                new ListCandidacies.Sort(ListCandidacies.SortKey.ORGANISATION, true), 250, "MjoxMjM"));
        assertThat(CandidacyListQuery.of(Requests.query(Map.of("sort", "receipt"))).sort())
                .isEqualTo(new ListCandidacies.Sort(ListCandidacies.SortKey.RECEIPT, false));
    }

    @Test
    void blank_parameters_count_as_absent_but_an_empty_kind_still_filters() {
        ListCandidacies.Query query = CandidacyListQuery.of(Requests.query(Map.of("status", " ", "q", "  ",
                "limit", "", "sort", "", "cursor", " ", "kind", "")));

        assertThat(query.status()).isNull();
        assertThat(query.text()).isNull();
        assertThat(query.limit()).isEqualTo(ListCandidacies.DEFAULT_LIMIT);
        assertThat(query.sort()).isEqualTo(ListCandidacies.Sort.DEFAULT);
        assertThat(query.cursor()).isNull();
        assertThat(query.kind()).isEmpty();
    }

    @Test
    void the_mail_filter_keeps_the_dossiers_mail_does_not_reach() {
        assertThat(CandidacyListQuery.of(Requests.query(Map.of("mail", "undeliverable"))).undeliverable()).isTrue();
        assertThat(CandidacyListQuery.of(Requests.query(Map.of("mail", " "))).undeliverable()).isFalse();
        assertThat(Refusals.fields(Refusals.of(() -> CandidacyListQuery.of(Requests.query(Map.of("mail", "bounced"))))))
                .containsExactly("mail invalid_enum");
    }

    @Test
    void every_faulty_parameter_at_once() {
        var refused = Refusals.of(() -> CandidacyListQuery.of(Requests.query(Map.of("status", "approved",
                "submittedFrom", "01/10/2027", "submittedTo", "2027-13-01", "limit", "251", "sort", "-popularity"))));

        assertThat(Refusals.fields(refused)).containsExactly("status invalid_enum", "submittedFrom invalid_date",
                "submittedTo invalid_date", "limit out_of_range", "sort invalid_enum");
        assertThat(Refusals.field(refused, "limit").message().in(Language.FR)).isEqualTo("Entre 1 et 250.");
        for (String limit : new String[] {"0", "ten", " 5"}) {
            assertThat(Refusals.fields(Refusals.of(() -> CandidacyListQuery.of(Requests.query(Map.of("limit", limit))))))
                    .as(limit).containsExactly("limit out_of_range");
        }
        assertThat(Refusals.fields(Refusals.of(() -> CandidacyListQuery.of(Requests.query(Map.of("sort", "-"))))))
                .containsExactly("sort invalid_enum");
    }
}
