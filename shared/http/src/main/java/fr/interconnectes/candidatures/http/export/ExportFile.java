package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A prepared export as the file to download: CSV (UTF-8 with BOM) or JSON, written row by row. */
public final class ExportFile {

    private ExportFile() {
    }

    public static void write(ExportCandidacies.Prepared export, OutputStream out) {
        var options = export.options();
        try {
            if (options.format() == ExportCandidacies.Format.CSV) {
                CsvExport.write(out, export.columns().headers(), export.columns().cells(export.rows()), options.separator());
            } else {
                JsonExport.write(out, export.campaign(), export.columns(), export.rows(), export.generatedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiResponse response(ExportCandidacies.Prepared export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192 + export.size() * 512);
        write(export, out);
        boolean csv = export.options().format() == ExportCandidacies.Format.CSV;
        return new ApiResponse(200, Map.of(
                "Content-Type", csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
                "Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"",
                "Cache-Control", "no-store"), out.toString(StandardCharsets.UTF_8));
    }
}
