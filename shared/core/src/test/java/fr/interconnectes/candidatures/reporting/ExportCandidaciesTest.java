package fr.interconnectes.candidatures.reporting;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportCandidaciesTest {

    private static final Instant AT = Fixtures.DURING_CALL;
    private static final Instant NOW = AT.plus(Duration.ofDays(30));
    private static final ExportCandidacies.Options CSV_IN_FRENCH = new ExportCandidacies.Options(
            ExportCandidacies.Format.CSV, ';', ',', Language.FR, RankingOptions.defaults());

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ExportCandidacies export = new ExportCandidacies(
            new RankCandidacies(new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, juryRecords),
            new Audit(auditLog, clock), clock);

    private void scored(String candidacyId, String juror, Map<String, Integer> scores) {
        juryRecords.save(Fixtures.assigned(candidacyId, juror, AT).withScores(scores, null, AT));
    }

    private static Map<String, Integer> tenExceptInnovation(int innovation) {
        Map<String, Integer> scores = new HashMap<>(Fixtures.evenScores(10));
        scores.put("innovation", innovation);
        return scores;
    }

    /** c1 filed first but ranked second, c2 best (three jurors), c3 unheard; a draft that is not exported. */
    private void aHeardCampaign() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0002", AT).withDecision(
                new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", AT, null)));
        candidacies.put(Fixtures.submitted("c3", "ARA-2019-L-0003", AT));
        candidacies.put(Fixtures.readyToSubmit("cDraft", "t", AT));
        scored("c1", "juror-1", Fixtures.evenScores(9));
        scored("c2", "juror-1", tenExceptInnovation(6));
        scored("c2", "juror-2", tenExceptInnovation(7));
        scored("c2", "juror-3", tenExceptInnovation(7));
    }

    @Test
    void the_rows_follow_the_ranking_with_scores_spread_and_criteria_rounded_to_two_decimals() {
        aHeardCampaign();

        ExportCandidacies.Prepared prepared = export.prepare(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH);

        assertThat(prepared.rows()).extracting(ExportRow::candidacyId).containsExactly("c2", "c1", "c3");
        ExportRow best = prepared.rows().get(0);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.receiptNumber()).isEqualTo("ARA-2019-L-0002");
        assertThat(best.score()).isEqualByComparingTo("9.33");
        assertThat(best.scoresReceived()).isEqualTo(3);
        assertThat(best.spread()).isEqualTo(new BigDecimal("0.20"));
        assertThat(best.criteria()).containsEntry("innovation", new BigDecimal("6.67"))
                .containsEntry("user_focus", new BigDecimal("10.00")).hasSize(5);
        assertThat(best.decision()).isEqualTo(Decision.Outcome.FINALIST);

        ExportRow second = prepared.rows().get(1);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.score()).isEqualByComparingTo("9.00");
        assertThat(second.spread()).as("one juror").isEqualTo(new BigDecimal("0.00"));
        assertThat(second.decision()).isNull();

        ExportRow unheard = prepared.rows().get(2);
        assertThat(unheard.rank()).isNull();
        assertThat(unheard.score()).isNull();
        assertThat(unheard.spread()).isNull();
        assertThat(unheard.scoresReceived()).isZero();
        assertThat(unheard.criteria()).isEmpty();
        assertThat(unheard.organisation()).isEqualTo("Communauté de communes du Pays d'Évian");
    }

    @Test
    void the_ranking_options_asked_for_decide_the_order() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0002", AT));
        scored("c1", "juror-1", Fixtures.evenScores(0));
        scored("c1", "juror-2", Fixtures.evenScores(9));
        scored("c1", "juror-3", Fixtures.evenScores(10));
        scored("c2", "juror-1", Fixtures.evenScores(8));
        var byMedian = new ExportCandidacies.Options(ExportCandidacies.Format.CSV, ';', ',', Language.FR,
                new RankingOptions(Aggregation.MEDIAN, false));

        assertThat(export.prepare(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH).rows())
                .as("mean: 6.33 against 8").extracting(ExportRow::candidacyId).containsExactly("c2", "c1");
        assertThat(export.prepare(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, byMedian).rows())
                .as("median: 9 against 8").extracting(ExportRow::candidacyId).containsExactly("c1", "c2");
    }

    @Test
    void the_export_says_what_it_is_and_when_it_was_made() {
        aHeardCampaign();

        ExportCandidacies.Prepared csv = export.prepare(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH);
        ExportCandidacies.Prepared json = export.prepare(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN,
                new ExportCandidacies.Options(ExportCandidacies.Format.JSON, ',', '.', Language.EN, RankingOptions.defaults()));

        assertThat(csv.fileName()).isEqualTo("aura-2019-label-dossiers.csv");
        assertThat(json.fileName()).isEqualTo("aura-2019-label-dossiers.json");
        assertThat(csv.size()).isEqualTo(3);
        assertThat(csv.generatedAt()).isEqualTo(NOW);
        assertThat(csv.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(csv.columns().language()).isEqualTo(Language.FR);
        assertThat(csv.columns().decimalSeparator()).isEqualTo(',');
        assertThat(json.columns().language()).isEqualTo(Language.EN);
        assertThat(json.columns().decimalSeparator()).isEqualTo('.');
    }

    @Test
    void every_export_is_audited_with_its_format_and_size() {
        aHeardCampaign();

        export.prepare(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH);

        assertThat(auditLog.entries()).containsExactly(new AuditEntry(Fixtures.LABEL_CAMPAIGN, null, "regional-ARA",
                "REGIONAL_ORGANISER", "export", Map.of("format", "CSV", "dossiers", "3"), NOW));
    }

    @Test
    void organisers_of_the_campaign_only_and_a_refused_export_is_not_audited() {
        refused(ErrorCode.FORBIDDEN, () -> export.prepare(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH));
        refused(ErrorCode.OUT_OF_REGION, () -> export.prepare(Fixtures.regionalOrganiser("IDF"), Fixtures.LABEL_CAMPAIGN,
                CSV_IN_FRENCH));
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> export.prepare(Fixtures.organiser(), "nowhere-2019", CSV_IN_FRENCH));

        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void beyond_the_inline_rows_the_file_is_stored_under_exports_and_handed_back_as_a_link() {
        aHeardCampaign();
        var files = new fr.interconnectes.candidatures.testing.InMemoryFileStore(NOW);
        var stored = new ExportCandidacies(export.rankCandidacies(), export.audit(), clock, files, 2);
        ExportCandidacies.Writer writer = (prepared, out) -> out.write(("rows=" + prepared.size()).getBytes());

        var result = stored.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH, writer);

        assertThat(result).isInstanceOf(ExportCandidacies.Stored.class);
        var link = (ExportCandidacies.Stored) result;
        assertThat(link.key()).startsWith("exports/" + Fixtures.LABEL_CAMPAIGN + "/").endsWith("/aura-2019-label-dossiers.csv");
        assertThat(new String(files.content(link.key()))).isEqualTo("rows=3");
        assertThat(link.download().expiresAt()).isEqualTo(NOW.plus(ExportCandidacies.LINK_VALIDITY));

        var small = new ExportCandidacies(export.rankCandidacies(), export.audit(), clock, files, 3);
        assertThat(small.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, CSV_IN_FRENCH, writer))
                .isInstanceOf(ExportCandidacies.Inline.class);
        var asked = new ExportCandidacies.Options(ExportCandidacies.Format.CSV, ';', ',', Language.FR,
                RankingOptions.defaults(), ExportCandidacies.Delivery.LINK);
        assertThat(small.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, asked, writer))
                .isInstanceOf(ExportCandidacies.Stored.class);
        refused(ErrorCode.FORBIDDEN, () -> small.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN, asked, writer));
    }
}
