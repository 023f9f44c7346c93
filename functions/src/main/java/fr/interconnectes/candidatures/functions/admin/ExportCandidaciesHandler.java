package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.export.ExportFile;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /admin/campaigns/{campaignId}/export?format=csv|json&separator=;|,&language=fr|en}: the
 * dossiers with their scores and ranks, as a file to download. A {@code ;} file uses decimal commas, as
 * French spreadsheets expect.
 */
public final class ExportCandidaciesHandler extends AdminFunction {

    private final ExportCandidacies exportCandidacies;

    public ExportCandidaciesHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public ExportCandidaciesHandler(AdminPorts ports) {
        this.exportCandidacies = new ExportCandidacies(
                new RankCandidacies(ports.campaigns(), ports.candidacies(), ports.juryRecords()), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ExportFile.response(exportCandidacies.prepare(caller, campaignId(request), options(request)));
    }

    static ExportCandidacies.Options options(ApiRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String format = request.query("format").orElse("csv").toLowerCase(Locale.ROOT);
        String separator = request.query("separator").orElse(";");
        String language = request.query("language").orElse(request.language().code());
        if (!format.equals("csv") && !format.equals("json")) {
            errors.add(new FieldError("format", "invalid_enum", new LocalizedText("csv ou json.", "csv or json.")));
        }
        if (!separator.equals(";") && !separator.equals(",")) {
            errors.add(new FieldError("separator", "invalid_enum", new LocalizedText("« ; » ou « , ».", "\";\" or \",\".")));
        }
        if (!language.equals("fr") && !language.equals("en")) {
            errors.add(new FieldError("language", "invalid_enum", new LocalizedText("fr ou en.", "fr or en.")));
        }
        var ranking = RankCandidaciesHandler.options(request);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        char sep = separator.charAt(0);
        return new ExportCandidacies.Options(format.equals("json") ? ExportCandidacies.Format.JSON : ExportCandidacies.Format.CSV,
                sep, sep == ';' ? ',' : '.', Language.fromCode(language), ranking);
    }
}
