package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The columns of a campaign export: the fixed {@link ExportColumn}s, with one column per criterion of the
 * jury grid between {@link ExportColumn#SPREAD} and {@link ExportColumn#DECISION}, headed by the criterion's
 * label. Headers are in the export's language (French by default, English available).
 *
 * <p>How a row becomes text cells ({@link #cells(ExportRow)}), the same in every language so a file can be
 * read back by a program:
 * <ul>
 *   <li>missing values: empty cells;</li>
 *   <li>status, kind and decision: their codes ({@code submitted}, {@code epci}, {@code finalist},
 *       {@code not_selected});</li>
 *   <li>submission time: ISO 8601 with the offset of the export's zone (Europe/Paris unless the campaign
 *       says otherwise), e.g. {@code 2019-10-10T23:59:59+02:00};</li>
 *   <li>files, rank, scores received: integers; score, spread and criteria: 2 decimals (half up), with a
 *       point, e.g. {@code 12.50}, {@code -1.50}, or with a comma ({@link #withDecimalSeparator(char)}).</li>
 * </ul>
 *
 * <p>Which decimal mark: a spreadsheet reads a CSV number with the decimal mark of the locale it imports
 * with. LibreOffice importing in French takes {@code 12.50} for text (it cannot sort or add it) and
 * {@code 12,50} for a number, and in English the other way round; Excel in French, whose decimal mark is the
 * comma (hence its {@code ;} between fields), does the same. So for a {@code ;} file meant
 * for French spreadsheets use {@code withDecimalSeparator(',')}; keep the point for a {@code ,} file or one
 * read by a program. The JSON export always writes JSON numbers.
 */
public final class ExportColumns {

    /** The zone of submission times when none is given: the campaigns' own, metropolitan France. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final List<Criterion> criteria;
    private final Language language;
    private final ZoneId zone;
    private final char decimalSeparator;

    private ExportColumns(List<Criterion> criteria, Language language, ZoneId zone, char decimalSeparator) {
        this.criteria = List.copyOf(criteria);
        this.language = language == null ? Language.FR : language;
        this.zone = Objects.requireNonNull(zone, "zone");
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal separator must be '.' or ',', not '" + decimalSeparator + "'");
        }
        this.decimalSeparator = decimalSeparator;
    }

    /** The columns for these criteria, headers in French, times in Europe/Paris. */
    public static ExportColumns of(List<Criterion> criteria) {
        return of(criteria, Language.FR, DEFAULT_ZONE);
    }

    /** The columns for these criteria, headers in {@code language} ({@code null}: French), times in Europe/Paris. */
    public static ExportColumns of(List<Criterion> criteria, Language language) {
        return of(criteria, language, DEFAULT_ZONE);
    }

    public static ExportColumns of(List<Criterion> criteria, Language language, ZoneId zone) {
        return new ExportColumns(criteria, language, zone, '.');
    }

    /** The columns of a campaign's export: its criteria, times in its zone. */
    public static ExportColumns of(Campaign campaign, Language language) {
        return of(campaign.criteria(), language, campaign.timeZone());
    }

    /**
     * The same columns with decimals written with {@code decimalSeparator}: {@code '.'} (the default) or
     * {@code ','} (what French spreadsheets read as a number).
     */
    public ExportColumns withDecimalSeparator(char decimalSeparator) {
        return new ExportColumns(criteria, language, zone, decimalSeparator);
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Language language() {
        return language;
    }

    public ZoneId zone() {
        return zone;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** The header row, in the export's language. */
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (ExportColumn column : ExportColumn.values()) {
            if (column == ExportColumn.DECISION) {
                criteria.forEach(c -> headers.add(c.label().in(language)));
            }
            headers.add(column.header(language));
        }
        return headers;
    }

    /** One row's cells, in the order of {@link #headers()}; never {@code null} cells, empty when missing. */
    public List<String> cells(ExportRow row) {
        List<String> cells = new ArrayList<>(ExportColumn.values().length + criteria.size());
        cells.add(text(row.receiptNumber()));
        cells.add(row.candidacyId());
        cells.add(row.status().code());
        cells.add(text(row.organisation()));
        cells.add(row.kind() == null ? "" : row.kind().code());
        cells.add(text(row.siren()));
        cells.add(text(row.contactName()));
        cells.add(text(row.contactEmail()));
        cells.add(text(row.contactPhone()));
        cells.add(text(row.projectTitle()));
        cells.add(text(row.summary()));
        cells.add(row.submittedAt() == null ? "" : dateTime(row.submittedAt()));
        cells.add(Integer.toString(row.files()));
        cells.add(row.rank() == null ? "" : row.rank().toString());
        cells.add(decimal(row.score()));
        cells.add(Integer.toString(row.scoresReceived()));
        cells.add(decimal(row.spread()));
        for (Criterion criterion : criteria) {
            cells.add(decimal(row.criteria().get(criterion.id())));
        }
        cells.add(row.decision() == null ? "" : row.decision().code());
        return cells;
    }

    /** The rows' cells, computed one row at a time as the result is iterated (nothing is collected). */
    public Iterable<List<String>> cells(Iterable<ExportRow> rows) {
        return () -> new Iterator<>() {
            private final Iterator<ExportRow> source = rows.iterator();

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<String> next() {
                return cells(source.next());
            }
        };
    }

    /** A moment as written in the exports: ISO 8601 with the offset of the export's zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(zone));
    }

    /** A score as written in the exports: 2 decimals, half up; {@code null} when missing. */
    public static BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = rounded(value).toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
