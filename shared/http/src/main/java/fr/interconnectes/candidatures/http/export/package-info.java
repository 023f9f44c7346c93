/**
 * Exports of a campaign's dossiers with their jury results, for organisers: CSV for LibreOffice and Excel
 * ({@link fr.interconnectes.candidatures.http.export.CsvExport}, formula injection neutralised) and JSON
 * ({@link fr.interconnectes.candidatures.http.export.JsonExport}), both streamed row by row. One dossier is an
 * {@link fr.interconnectes.candidatures.reporting.ExportRow}; its columns, headers in French or English, are
 * {@link fr.interconnectes.candidatures.reporting.ExportColumns}.
 *
 * <pre>{@code
 * ExportColumns columns = ExportColumns.of(campaign, Language.FR).withDecimalSeparator(',');
 * CsvExport.write(out, columns.headers(), columns.cells(rows), CsvExport.SEMICOLON);
 * JsonExport.write(out, campaign, ExportColumns.of(campaign, Language.FR), rows, clock.instant());
 * }</pre>
 */
package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.reporting.ExportColumns;
