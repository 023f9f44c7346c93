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
import fr.interconnectes.candidatures.port.FileStore;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exports a campaign's submitted dossiers with their scores and ranks, in ranking order: the rows and
 * columns of a CSV or JSON file, which the http module writes row by row. Up to {@code inlineMaxRows} rows the
 * file is the response itself; beyond (or when asked), it is written to the file store under {@value #PREFIX}, in
 * parts as it is produced, and handed back as a link valid {@link #LINK_VALIDITY}.
 */
public record ExportCandidacies(RankCandidacies rankCandidacies, Audit audit, Clock clock, FileStore files,
                                int inlineMaxRows) {

    /** Where exports are kept (the bucket's lifecycle rule removes them after a day). */
    public static final String PREFIX = "exports/";
    public static final Duration LINK_VALIDITY = Duration.ofMinutes(15);
    /** Larger exports go through the file store: a Lambda response is at most 6 MB. */
    public static final int DEFAULT_INLINE_MAX_ROWS = 1_000;

    /** Every export answered inline, as before exports were stored. */
    public ExportCandidacies(RankCandidacies rankCandidacies, Audit audit, Clock clock) {
        this(rankCandidacies, audit, clock, null, Integer.MAX_VALUE);
    }

    public enum Format { CSV, JSON }

    /** {@code AUTO}: inline up to {@code inlineMaxRows} rows, else a link; {@code LINK}: always a link. */
    public enum Delivery { AUTO, LINK }

    public record Options(Format format, char separator, char decimalSeparator, Language language,
                          RankingOptions ranking, Delivery delivery) {

        public Options(Format format, char separator, char decimalSeparator, Language language, RankingOptions ranking) {
            this(format, separator, decimalSeparator, language, ranking, Delivery.AUTO);
        }
    }

    /** Writes an export in its format (the http module's CSV and JSON writers). */
    @FunctionalInterface
    public interface Writer {
        void write(Prepared export, OutputStream out) throws IOException;
    }

    /** The export to answer with, or where it was stored. */
    public sealed interface Result permits Inline, Stored {
        Prepared export();
    }

    public record Inline(Prepared export) implements Result {
    }

    public record Stored(Prepared export, String key, FileStore.PresignedDownload download) implements Result {
    }

    /** Checks the caller, prepares the rows and, when large or asked, stores the file and hands back a link. */
    public Result execute(Principal caller, String campaignId, Options options, Writer writer) {
        Prepared export = prepare(caller, campaignId, options);
        boolean stored = files != null
                && (options.delivery() == Delivery.LINK || export.size() > inlineMaxRows);
        if (!stored) {
            return new Inline(export);
        }
        String key = PREFIX + campaignId + "/" + export.generatedAt().toEpochMilli() + "-" + UUID.randomUUID()
                + "/" + export.fileName();
        files.write(key, export.contentType(), out -> writer.write(export, out));
        return new Stored(export, key, files.presignDownload(key, export.fileName(), LINK_VALIDITY));
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

        public String contentType() {
            return options.format() == Format.CSV ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
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
