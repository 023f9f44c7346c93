package fr.interconnectes.candidatures.http.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes an export as CSV for LibreOffice and Excel: UTF-8 with a byte order mark (so Excel reads the
 * accents right), {@code ;} between fields by default (what Excel expects in French) or {@code ,}, CRLF line
 * ends, RFC 4180 quoting (a field holding the separator, a double quote, CR or LF is put in double quotes, its
 * double quotes doubled).
 *
 * <p><b>Formula injection.</b> A spreadsheet may run a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula ({@code =HYPERLINK(...)}, {@code @SUM(1)}, {@code -2+3}).
 * The cells come from applicants, so every such cell, headers included, is written with a single quote
 * {@code '} before it (OWASP's CSV injection advice): the spreadsheet shows it as text, quote included.
 * Except plain numbers, so they stay numbers: a cell that is entirely {@code -?digits([.,]digits)?}, like
 * {@code -1.50}, {@code -1,50} or {@code -3}, is written as is; it can hold no formula. A phone number in E.164
 * ({@code +33450338888}) is text and does get the quote (an unquoted one would be read as a number and lose
 * its {@code +}). See {@link #neutralise(String)}.
 *
 * <p>Rows are written one at a time as the {@link Iterable} yields them; nothing is collected. The
 * writers never close the stream or writer they are given; they flush it at the end.
 */
public final class CsvExport {

    /** What Excel expects in French, where the comma is the decimal mark. */
    public static final char SEMICOLON = ';';
    public static final char COMMA = ',';
    public static final char DEFAULT_SEPARATOR = SEMICOLON;

    /** The UTF-8 byte order mark, EF BB BF. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The first characters a spreadsheet may take for the start of a formula (OWASP). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain number, left as is even when it starts with a minus sign. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CsvExport() {
    }

    /**
     * Writes the UTF-8 byte order mark, then the CSV in UTF-8 ({@link #write(Writer, List, Iterable, char)}).
     * This is the method to use for a file or an HTTP response.
     */
    public static void write(OutputStream out, List<String> headers, Iterable<List<String>> rows, char separator)
            throws IOException {
        writeBom(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(writer, headers, rows, separator);
    }

    /** {@link #write(OutputStream, List, Iterable, char)} with {@code ;} between fields. */
    public static void write(OutputStream out, List<String> headers, Iterable<List<String>> rows)
            throws IOException {
        write(out, headers, rows, DEFAULT_SEPARATOR);
    }

    /** Writes the UTF-8 byte order mark. Call it before writing the CSV through a UTF-8 writer on {@code out}. */
    public static void writeBom(OutputStream out) throws IOException {
        out.write(BOM);
    }

    /**
     * Writes the header row then each row, neutralised ({@link #neutralise(String)}) and quoted where needed,
     * separated by {@code separator}, each line ended by CRLF. No byte order mark: {@code out} is written
     * characters, its encoding is its own (use {@link #write(OutputStream, List, Iterable, char)} for a UTF-8
     * file with its mark). {@code null} cells are written empty.
     *
     * @param separator {@code ;} or {@code ,}
     * @throws IllegalArgumentException for any other separator
     */
    public static void write(Writer out, List<String> headers, Iterable<List<String>> rows, char separator)
            throws IOException {
        if (separator != SEMICOLON && separator != COMMA) {
            throw new IllegalArgumentException("separator must be ';' or ',', not '" + separator + "'");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get();
        // not closed: closing the printer would close the caller's writer
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(neutralised(headers));
        for (List<String> row : rows) {
            printer.printRecord(neutralised(row));
        }
        printer.flush();
    }

    /**
     * The cell as written: with a single quote before it when it starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return, unless it is a plain number ({@code -?\d+([.,]\d+)?}); as is
     * otherwise. {@code null} is empty.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    private static List<String> neutralised(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(neutralise(cell));
        }
        return out;
    }
}
