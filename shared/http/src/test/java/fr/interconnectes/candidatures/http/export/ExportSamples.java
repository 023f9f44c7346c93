package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.reporting.ExportColumns;
import fr.interconnectes.candidatures.reporting.Samples;

import fr.interconnectes.candidatures.domain.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the sample exports ({@link Samples}) to a folder, to open them in LibreOffice or Excel by hand:
 * {@code export-fr.csv} ({@code ;}, decimal commas, French headers: for French spreadsheets),
 * {@code export-en.csv} ({@code ,}, decimal points, English headers), {@code export-fr.json}. Not a test; run it with the test classpath, the folder as argument
 * (default {@code target/export-samples}).
 */
public final class ExportSamples {

    private ExportSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/export-samples");
        Files.createDirectories(dir);
        ExportColumns fr = ExportColumns.of(Samples.campaign(), Language.FR);
        ExportColumns frenchSpreadsheets = fr.withDecimalSeparator(',');
        ExportColumns en = ExportColumns.of(Samples.campaign(), Language.EN);
        try (OutputStream out = Files.newOutputStream(dir.resolve("export-fr.csv"))) {
            CsvExport.write(out, frenchSpreadsheets.headers(), frenchSpreadsheets.cells(Samples.rows()),
                    CsvExport.SEMICOLON);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("export-en.csv"))) {
            CsvExport.write(out, en.headers(), en.cells(Samples.rows()), CsvExport.COMMA);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("export-fr.json"))) {
            JsonExport.write(out, Samples.campaign(), fr, Samples.rows(), Instant.parse("2019-10-18T07:00:00Z"));
        }
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
