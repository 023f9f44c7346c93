package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import fr.interconnectes.candidatures.http.CandidacyJson;

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

    /** The file itself, or, when it was stored, where to download it. */
    public static ApiResponse response(ExportCandidacies.Result result) {
        return switch (result) {
            case ExportCandidacies.Inline inline -> response(inline.export());
            case ExportCandidacies.Stored stored -> link(stored);
        };
    }

    /** {@code {"campaignId", "format", "rows", "fileName", "download": {"url", "expiresAt"}}}. */
    static ApiResponse link(ExportCandidacies.Stored stored) {
        var export = stored.export();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", export.campaign().id());
        json.put("format", export.options().format().name().toLowerCase(java.util.Locale.ROOT));
        json.put("rows", export.size());
        json.put("fileName", export.fileName());
        json.put("download", Map.of("url", stored.download().url(),
                "expiresAt", CandidacyJson.time(stored.download().expiresAt(), export.campaign().timeZone())));
        return ApiResponse.json(200, json);
    }

    public static ApiResponse response(ExportCandidacies.Prepared export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192 + export.size() * 512);
        write(export, out);
        return new ApiResponse(200, Map.of(
                "Content-Type", export.contentType(),
                "Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"",
                "Cache-Control", "no-store"), out.toString(StandardCharsets.UTF_8));
    }
}
