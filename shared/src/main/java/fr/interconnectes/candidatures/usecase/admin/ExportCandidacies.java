package fr.interconnectes.candidatures.usecase.admin;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.RankedDossier;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.export.CsvExport;
import fr.interconnectes.candidatures.export.ExportColumns;
import fr.interconnectes.candidatures.export.ExportRow;
import fr.interconnectes.candidatures.export.JsonExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a campaign's submitted dossiers with their scores and ranks, in ranking order, as CSV (UTF-8
 * with BOM, formula injection neutralised) or JSON, written row by row to the given stream.
 */
public final class ExportCandidacies {

    public enum Format { CSV, JSON }

    public record Options(Format format, char separator, char decimalSeparator, Language language,
                          RankingOptions ranking) {
    }

    private final RankCandidacies rankCandidacies;
    private final Audit audit;
    private final Clock clock;

    public ExportCandidacies(RankCandidacies rankCandidacies, Audit audit, Clock clock) {
        this.rankCandidacies = rankCandidacies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the caller and prepares the rows; the export is written when {@code writeTo} is called. */
    public Prepared prepare(Principal caller, String campaignId, Options options) {
        var result = rankCandidacies.execute(caller, campaignId, options.ranking());
        var columns = ExportColumns.of(result.campaign(), options.language()).withDecimalSeparator(options.decimalSeparator());
        List<ExportRow> rows = result.ranking().dossiers().stream()
                .map(d -> row(result.dossiers().get(d.candidacyId()), d))
                .toList();
        audit.record(caller, campaignId, null, "export", "format", options.format(), "dossiers", rows.size());
        return new Prepared(result.campaign().id(), options, columns, rows, result.campaign());
    }

    public final class Prepared {
        private final String campaignId;
        private final Options options;
        private final ExportColumns columns;
        private final List<ExportRow> rows;
        private final fr.interconnectes.candidatures.domain.Campaign campaign;

        Prepared(String campaignId, Options options, ExportColumns columns, List<ExportRow> rows,
                 fr.interconnectes.candidatures.domain.Campaign campaign) {
            this.campaignId = campaignId;
            this.options = options;
            this.columns = columns;
            this.rows = rows;
            this.campaign = campaign;
        }

        public String fileName() {
            return campaignId + "-dossiers." + (options.format() == Format.CSV ? "csv" : "json");
        }

        public int size() {
            return rows.size();
        }

        public void writeTo(OutputStream out) {
            try {
                if (options.format() == Format.CSV) {
                    CsvExport.write(out, columns.headers(), columns.cells(rows), options.separator());
                } else {
                    JsonExport.write(out, campaign, columns, rows, clock.instant());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
