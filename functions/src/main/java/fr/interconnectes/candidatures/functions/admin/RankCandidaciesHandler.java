package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.RankedDossier;
import fr.interconnectes.candidatures.domain.jury.Ranking;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /admin/campaigns/{campaignId}/ranking?aggregation=mean|median&normalise=true|false}: rank,
 * score, per-criterion scores, number of scores, spread, ties.
 */
public final class RankCandidaciesHandler extends AdminFunction {

    private final RankCandidacies rankCandidacies;

    public RankCandidaciesHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public RankCandidaciesHandler(AdminPorts ports) {
        this.rankCandidacies = new RankCandidacies(ports.campaigns(), ports.candidacies(), ports.juryRecords());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var result = rankCandidacies.execute(caller, campaignId(request), options(request));
        var ranking = result.ranking();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("aggregation", ranking.options().aggregation().name().toLowerCase(Locale.ROOT));
        json.put("normalised", ranking.options().normalise());
        json.put("scale", Map.of("min", ranking.scaleMin(), "max", ranking.scaleMax()));
        json.put("incompleteScoreSheets", ranking.incompleteScoreSheets());
        json.put("ties", ranking.ties());
        List<Map<String, Object>> dossiers = new ArrayList<>();
        for (RankedDossier d : ranking.dossiers()) {
            var candidacy = result.dossiers().get(d.candidacyId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", d.rank());
            row.put("tied", d.tied());
            row.put("candidacyId", d.candidacyId());
            row.put("receiptNumber", candidacy.receipt() == null ? null : candidacy.receipt().number());
            row.put("organisation", candidacy.form().applicant().organisation());
            row.put("projectTitle", candidacy.form().project().title());
            row.put("score", d.displayScore());
            Map<String, Object> perCriterion = new LinkedHashMap<>();
            d.perCriterion().forEach((id, value) -> perCriterion.put(id, Ranking.forDisplay(value)));
            row.put("perCriterion", perCriterion);
            row.put("numberOfScores", d.numberOfScores());
            row.put("spread", display(d.spread()));
            row.put("min", display(d.min()));
            row.put("max", display(d.max()));
            row.put("unscored", d.unscored());
            if (candidacy.decision() != null) {
                row.put("decision", candidacy.decision().outcome().code());
            }
            dossiers.add(row);
        }
        json.put("dossiers", dossiers);
        return ApiResponse.json(200, json);
    }

    /** Two decimals for people; the ranking itself compares full precision. */
    private static java.math.BigDecimal display(Double value) {
        return value == null ? null : Ranking.forDisplay(value);
    }

    static RankingOptions options(ApiRequest request) {
        String aggregation = request.query("aggregation").orElse("mean").toLowerCase(Locale.ROOT);
        String normalise = request.query("normalise").orElse("false").toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!aggregation.equals("mean") && !aggregation.equals("median")) {
            errors.add(new FieldError("aggregation", "invalid_enum", new LocalizedText("mean ou median.", "mean or median.")));
        }
        if (!normalise.equals("true") && !normalise.equals("false")) {
            errors.add(new FieldError("normalise", "invalid_enum", new LocalizedText("true ou false.", "true or false.")));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return new RankingOptions(aggregation.equals("median") ? Aggregation.MEDIAN : Aggregation.MEAN,
                Boolean.parseBoolean(normalise));
    }
}
