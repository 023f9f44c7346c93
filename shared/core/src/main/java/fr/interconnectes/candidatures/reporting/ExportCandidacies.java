package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.jury.RankCandidacies;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.RankedDossier;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a campaign's submitted dossiers with their scores and ranks, in ranking order: the rows and
 * columns of a CSV or JSON file, which the http module writes row by row.
 */
public record ExportCandidacies(RankCandidacies rankCandidacies, Audit audit, Clock clock) {

    public enum Format { CSV, JSON }

    public record Options(Format format, char separator, char decimalSeparator, Language language,
                          RankingOptions ranking) {
    }

    /** Checks the caller and prepares the rows; the export is written when {@code writeTo} is called. */
    public Prepared prepare(Principal caller, String campaignId, Options options) {
        var result = rankCandidacies.execute(caller, campaignId, options.ranking());
        var columns = ExportColumns.of(result.campaign(), options.language()).withDecimalSeparator(options.decimalSeparator());
        List<ExportRow> rows = result.ranking().dossiers().stream()
                .map(d -> row(result.dossiers().get(d.candidacyId()), d))
                .toList();
        audit.record(caller, campaignId, null, "export", "format", options.format(), "dossiers", rows.size());
        return new Prepared(result.campaign(), options, columns, rows, clock.instant());
    }

    /** What the export holds, ready to be written out in its format (the http module writes it). */
    public record Prepared(Campaign campaign, Options options, ExportColumns columns, List<ExportRow> rows,
                           Instant generatedAt) {

        public Prepared {
            rows = List.copyOf(rows);
        }

        public String fileName() {
            return campaign.id() + "-dossiers." + (options.format() == Format.CSV ? "csv" : "json");
        }

        public int size() {
            return rows.size();
        }
    }

    private static ExportRow row(Candidacy candidacy, RankedDossier ranked) {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        ranked.perCriterion().forEach((id, value) -> criteria.put(id, round(value)));
        return ExportRow.of(candidacy).withJury(ranked.rank(), ranked.displayScore(), ranked.numberOfScores(),
                ranked.spread() == null ? null : round(ranked.spread()), criteria,
                candidacy.decision() == null ? null : candidacy.decision().outcome());
    }

    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
