package fr.interconnectes.candidatures.http.reporting;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.jury.RankingQuery;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /admin/campaigns/{id}/export?format=csv|json&separator=;|,&language=fr|en&delivery=auto|link}, with the ranking's
 * options: a CSV with {@code ;} by default, which takes decimal commas as French spreadsheets expect; the
 * headers in the caller's language unless another is asked for.
 */
public final class ExportQuery {

    private ExportQuery() {
    }

    public static ExportCandidacies.Options of(ApiRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String format = request.query("format").orElse("csv").toLowerCase(Locale.ROOT);
        String separator = request.query("separator").orElse(";");
        String language = request.query("language").orElse(request.language().code());
        String delivery = request.query("delivery").orElse("auto").toLowerCase(Locale.ROOT);
        if (!delivery.equals("auto") && !delivery.equals("link")) {
            errors.add(new FieldError("delivery", "invalid_enum", new LocalizedText("auto ou link.", "auto or link.")));
        }
        if (!format.equals("csv") && !format.equals("json")) {
            errors.add(new FieldError("format", "invalid_enum", new LocalizedText("csv ou json.", "csv or json.")));
        }
        if (!separator.equals(";") && !separator.equals(",")) {
            errors.add(new FieldError("separator", "invalid_enum", new LocalizedText("« ; » ou « , ».", "\";\" or \",\".")));
        }
        if (!language.equals("fr") && !language.equals("en")) {
            errors.add(new FieldError("language", "invalid_enum", new LocalizedText("fr ou en.", "fr or en.")));
        }
        RankingOptions ranking = RankingQuery.options(request, errors);
        FieldFaults.throwIfAny(errors);
        char sep = separator.charAt(0);
        return new ExportCandidacies.Options(format.equals("json") ? ExportCandidacies.Format.JSON : ExportCandidacies.Format.CSV,
                sep, sep == ';' ? ',' : '.', Language.fromCode(language), ranking,
                delivery.equals("link") ? ExportCandidacies.Delivery.LINK : ExportCandidacies.Delivery.AUTO);
    }
}
