package fr.interconnectes.candidatures.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.Refusals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListCandidaciesTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ListCandidacies listCandidacies = new ListCandidacies(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign()), candidacies);

    /** Submitted on 1 October; on 5 October at 23:30 in Paris; a draft; a draft of another campaign. */
    @BeforeEach
    void dossiers() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0002", "Commune de Chamonix",
                Instant.parse("2019-10-01T08:00:00Z")));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0001", "Ville d'Évian-les-Bains",
                Instant.parse("2019-10-05T21:30:00Z")));
        candidacies.put(Fixtures.draft("c3", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "t",
                Instant.parse("2019-09-20T08:00:00Z")));
        candidacies.put(Fixtures.draft("c4", Fixtures.OTHER_REGION_CAMPAIGN, Fixtures.bareLabelForm("x@y.fr"), "t",
                Fixtures.DURING_CALL));
    }

    @Test
    void by_default_the_most_recently_submitted_come_first_and_drafts_last() {
        ListCandidacies.Page page = listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN,
                ListCandidacies.Query.everything());

        assertThat(page.items()).extracting(Candidacy::id).containsExactly("c2", "c1", "c3");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.nextCursor()).isNull();
        assertThat(page.campaign().id()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
    }

    @Test
    void filters_by_status_kind_days_in_the_campaigns_zone_and_text_without_accents_or_case() {
        assertThat(ids(query(CandidacyStatus.SUBMITTED, null, null, null, null))).containsExactly("c2", "c1");
        assertThat(ids(query(null, "epci", null, null, null))).containsExactly("c2", "c1");
        assertThat(ids(query(null, "commune", null, null, null))).containsExactly("c3");
        assertThat(ids(query(null, "", null, null, null))).isEmpty();
        // 21:30 UTC on 5 October is 23:30 in Paris: still the 5th
        assertThat(ids(query(null, null, LocalDate.of(2019, 10, 5), null, null))).containsExactly("c2");
        assertThat(ids(query(null, null, null, LocalDate.of(2019, 10, 5), null))).containsExactly("c2", "c1");
        assertThat(ids(query(null, null, LocalDate.of(2019, 10, 2), LocalDate.of(2019, 10, 4), null))).isEmpty();
        assertThat(ids(query(null, null, null, null, "VILLE D'EVIAN"))).containsExactly("c2");
        assertThat(ids(query(null, null, null, null, "chamonix guichet"))).containsExactly("c1");
        assertThat(ids(query(null, null, null, null, "guichet numérique"))).containsExactly("c2", "c1");
    }

    @Test
    void sorts_on_any_key_either_way() {
        assertThat(ids(sorted(ListCandidacies.SortKey.ORGANISATION, false))).containsExactly("c3", "c1", "c2");
        assertThat(ids(sorted(ListCandidacies.SortKey.RECEIPT, false))).containsExactly("c3", "c2", "c1");
        assertThat(ids(sorted(ListCandidacies.SortKey.SUBMITTED_AT, false))).containsExactly("c3", "c1", "c2");
        assertThat(ids(sorted(ListCandidacies.SortKey.CREATED_AT, true))).containsExactly("c2", "c1", "c3");
        assertThat(ids(sorted(ListCandidacies.SortKey.TITLE, false))).startsWith("c3");
    }

    @Test
    void pages_follow_each_other_with_the_cursor_of_the_same_query() {
        ListCandidacies.Query byOne = new ListCandidacies.Query(null, null, null, null, null,
                ListCandidacies.Sort.DEFAULT, 1, null);

        ListCandidacies.Page first = listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, byOne);
        ListCandidacies.Page second = listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN,
                byOne.withCursor(first.nextCursor()));
        ListCandidacies.Page third = listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN,
                byOne.withCursor(second.nextCursor()));

        assertThat(first.items()).extracting(Candidacy::id).containsExactly("c2");
        assertThat(second.items()).extracting(Candidacy::id).containsExactly("c1");
        assertThat(third.items()).extracting(Candidacy::id).containsExactly("c3");
        assertThat(third.nextCursor()).isNull();
        assertThat(third.total()).isEqualTo(3);
    }

    @Test
    void a_cursor_is_refused_with_another_query_or_when_it_is_not_one() {
        ListCandidacies.Query byOne = new ListCandidacies.Query(null, null, null, null, null,
                ListCandidacies.Sort.DEFAULT, 1, null);
        String cursor = listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, byOne).nextCursor();
        ListCandidacies.Query otherText = new ListCandidacies.Query(null, null, null, null, "annecy",
                ListCandidacies.Sort.DEFAULT, 1, cursor);

        assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, otherText))
                .code()).isEqualTo(ErrorCode.INVALID_CURSOR);
        for (String garbage : new String[] {"not-a-cursor", "LTE6MA", "%%%"}) {
            assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN,
                    byOne.withCursor(garbage))).code()).as(garbage).isEqualTo(ErrorCode.INVALID_CURSOR);
        }
    }

    @Test
    void an_offset_cursor_handed_out_before_the_indexed_list_is_refused_so_the_client_starts_over() {
        // what the list encoded for the second page of ?limit=1 when it paged by offset
        String earlier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("1:" + Integer.toHexString("|||||".hashCode())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ListCandidacies.Query byOne = new ListCandidacies.Query(null, null, null, null, null,
                ListCandidacies.Sort.DEFAULT, 1, earlier);

        assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, byOne))
                .code()).isEqualTo(ErrorCode.INVALID_CURSOR);
    }

    @Test
    void only_the_campaigns_organisers_list_its_dossiers() {
        assertThat(ids(listCandidacies.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN,
                ListCandidacies.Query.everything()))).containsExactly("c2", "c1", "c3");
        assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.regionalOrganiser("IDF"), Fixtures.LABEL_CAMPAIGN,
                ListCandidacies.Query.everything())).code()).isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN,
                ListCandidacies.Query.everything())).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> listCandidacies.execute(Fixtures.organiser(), "nowhere-2019",
                ListCandidacies.Query.everything())).code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND);
    }

    private ListCandidacies.Page query(CandidacyStatus status, String kind, LocalDate from, LocalDate to, String text) {
        return listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, new ListCandidacies.Query(status,
                kind, from, to, text, ListCandidacies.Sort.DEFAULT, ListCandidacies.DEFAULT_LIMIT, null));
    }

    private ListCandidacies.Page sorted(ListCandidacies.SortKey key, boolean descending) {
        return listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, new ListCandidacies.Query(null,
                null, null, null, null, new ListCandidacies.Sort(key, descending), ListCandidacies.DEFAULT_LIMIT, null));
    }

    private static List<String> ids(ListCandidacies.Page page) {
        return page.items().stream().map(Candidacy::id).toList();
    }

    @Test
    void the_mail_filter_keeps_the_dossiers_whose_applicant_mail_does_not_reach() {
        var bounced = candidacies.stored("c1").withMailing(m -> m.withUndeliverable(new Undeliverable("a@b.fr",
                Undeliverable.Reason.BOUNCE, Fixtures.DURING_CALL, "m1", null)));
        candidacies.put(bounced.withForm(Fixtures.completeLabelForm("a@b.fr"), Fixtures.DURING_CALL));
        OutboxMail givenUp = OutboxMail.pending("m2", "confirmation", "x@y.fr", "s", "t", null, null, Fixtures.DURING_CALL);
        for (int attempt = 0; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            givenUp = givenUp.failed(Fixtures.DURING_CALL, "MailNotSent");
        }
        candidacies.put(candidacies.stored("c2").withMailAdded(givenUp));
        var query = new ListCandidacies.Query(null, null, null, null, null, ListCandidacies.Sort.DEFAULT, 50, null, true);

        assertThat(ids(listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, query)))
                .containsExactlyInAnyOrder("c1", "c2");
        // a mail sent since the given-up one: mail reaches the applicant again
        candidacies.put(candidacies.stored("c2").withMailAdded(OutboxMail.pending("m3", "access_link", "x@y.fr", "s", "t",
                null, null, Fixtures.DURING_CALL).sent(Fixtures.DURING_CALL, "ses-3")));
        assertThat(ids(listCandidacies.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, query))).containsExactly("c1");
    }
}
