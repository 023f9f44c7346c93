package fr.interconnectes.candidatures.http.jury;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ?aggregation=mean|median&normalise=true|false}, of the ranking and of the export: how to rank, mean of
 * the raw totals by default. Either case is accepted.
 */
public final class RankingQuery {

    private RankingQuery() {
    }

    /** {@code GET /admin/campaigns/{id}/ranking}: the options asked for. */
    public static RankingOptions of(ApiRequest request) {
        List<FieldError> errors = new ArrayList<>();
        RankingOptions options = options(request, errors);
        FieldFaults.throwIfAny(errors);
        return options;
    }

    /** The options asked for; the faults of the two parameters, if any, are added to {@code errors}. */
    public static RankingOptions options(ApiRequest request, List<FieldError> errors) {
        String aggregation = request.query("aggregation").orElse("mean").toLowerCase(Locale.ROOT);
        String normalise = request.query("normalise").orElse("false").toLowerCase(Locale.ROOT);
        if (!aggregation.equals("mean") && !aggregation.equals("median")) {
            errors.add(new FieldError("aggregation", "invalid_enum", new LocalizedText("mean ou median.", "mean or median.")));
        }
        if (!normalise.equals("true") && !normalise.equals("false")) {
            errors.add(new FieldError("normalise", "invalid_enum", new LocalizedText("true ou false.", "true or false.")));
        }
        return new RankingOptions(aggregation.equals("median") ? Aggregation.MEDIAN : Aggregation.MEAN,
                Boolean.parseBoolean(normalise));
    }
}
