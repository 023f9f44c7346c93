package fr.interconnectes.candidatures.http;

import static fr.interconnectes.candidatures.http.ResponseFields.putIfPresent;
import static fr.interconnectes.candidatures.http.ResponseFields.putTime;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JurorState;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.domain.jury.ScoreTotals;
import fr.interconnectes.candidatures.jury.AssignJurors;
import fr.interconnectes.candidatures.jury.DeclareConflict;
import fr.interconnectes.candidatures.jury.GetScores;
import fr.interconnectes.candidatures.jury.ListMyAssignments;
import fr.interconnectes.candidatures.jury.SubmitScores;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How jury assignments, conflicts and scores look to organisers and jurors. A dossier appears by its id,
 * receipt number, organisation and project title only: never its applicant's access tokens or their hashes.
 * Absent values are left out.
 */
public final class JuryJson {

    /** {@code others} of a juror's view while they have not scored the dossier themselves. */
    public static final String HIDDEN_UNTIL_YOU_SCORE = "hidden_until_you_score";
    /** {@code others} of a juror's view once they declared a conflict of interest. */
    public static final String HIDDEN_CONFLICT_OF_INTEREST = "hidden_conflict_of_interest";

    private JuryJson() {
    }

    /** {@code PUT /admin/candidacies/{id}/jurors}. */
    public static Map<String, Object> of(AssignJurors.Result result) {
        ZoneId zone = result.campaign().timeZone();
        Map<String, Object> json = dossier(result.candidacy());
        json.put("jurors", result.jurors().stream().map(r -> {
            Map<String, Object> juror = new LinkedHashMap<>();
            juror.put("jurorId", r.jurorId());
            juror.put("state", JurorState.of(r).code());
            putTime(juror, "assignedAt", r.assignedAt(), zone);
            putIfPresent(juror, "assignedBy", r.assignedBy());
            putTime(juror, "scoredAt", r.scoredAt(), zone);
            putTime(juror, "conflictDeclaredAt", r.conflictDeclaredAt(), zone);
            return juror;
        }).toList());
        json.put("added", result.added());
        json.put("removed", result.removed());
        json.put("kept", result.kept());
        return json;
    }

    /** {@code GET /admin/jury/assignments?campaignId=}. */
    public static Map<String, Object> of(ListMyAssignments.Result result) {
        ZoneId zone = result.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("assignments", result.assignments().stream().map(a -> {
            Map<String, Object> assignment = dossier(a.candidacy());
            assignment.remove("campaignId");
            assignment.put("state", JurorState.of(a.record()).jurorCode());
            putTime(assignment, "assignedAt", a.record().assignedAt(), zone);
            putTime(assignment, "scoredAt", a.record().scoredAt(), zone);
            return assignment;
        }).toList());
        return json;
    }

    /** {@code PUT /admin/candidacies/{id}/conflict}. */
    public static Map<String, Object> of(DeclareConflict.Result result) {
        Map<String, Object> json = dossier(result.candidacy());
        json.putAll(ownSheet(result.record(), result.campaign()));
        json.put("scoresCleared", result.scoresCleared());
        return json;
    }

    /** {@code PUT /admin/candidacies/{id}/scores}: the juror's own sheet. */
    public static Map<String, Object> of(SubmitScores.Result result) {
        Map<String, Object> json = dossier(result.candidacy());
        json.putAll(ownSheet(result.record(), result.campaign()));
        return json;
    }

    /** {@code GET /admin/candidacies/{id}/scores}: the organisers' view or the juror's. */
    public static Map<String, Object> of(GetScores.Result result, Language language) {
        Campaign campaign = result.campaign();
        Map<String, Object> json = dossier(result.candidacy());
        json.put("view", result.visibility() == GetScores.Visibility.ORGANISER ? "organiser" : "juror");
        json.put("criteria", campaign.criteria().stream().map(c -> CampaignJson.criterion(c, language)).toList());
        if (result.visibility() == GetScores.Visibility.ORGANISER) {
            json.put("jurors", result.others().stream().map(r -> organiserSheet(r, campaign)).toList());
            json.put("summary", summary(result.others(), campaign));
            return json;
        }
        json.put("mine", ownSheet(result.mine(), campaign));
        switch (result.visibility()) {
            case OTHERS_VISIBLE -> {
                json.put("othersVisible", true);
                json.put("others", result.others().stream().map(r -> peerSheet(r, campaign)).toList());
                List<JuryRecord> everyone = new java.util.ArrayList<>(result.others());
                everyone.add(result.mine());
                ScoreTotals.average(campaign.criteria(), everyone).ifPresent(a -> json.put("averageTotal", a));
            }
            case HIDDEN_CONFLICT_OF_INTEREST -> {
                json.put("othersVisible", false);
                json.put("others", HIDDEN_CONFLICT_OF_INTEREST);
            }
            default -> {
                json.put("othersVisible", false);
                json.put("others", HIDDEN_UNTIL_YOU_SCORE);
            }
        }
        return json;
    }

    // ------------------------------------------------------------------------------------------ parts

    /** Which dossier: never more than organisers and jurors need to recognise it. */
    static Map<String, Object> dossier(Candidacy candidacy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidacyId", candidacy.id());
        json.put("campaignId", candidacy.campaignId());
        putIfPresent(json, "receiptNumber", candidacy.receipt() == null ? null : candidacy.receipt().number());
        putIfPresent(json, "organisation", candidacy.form().applicant().organisation());
        putIfPresent(json, "projectTitle", candidacy.form().project().title());
        return json;
    }

    /** Everything about one juror's record: for organisers. */
    private static Map<String, Object> organiserSheet(JuryRecord record, Campaign campaign) {
        return sheet(record, campaign, JurorState.of(record).code(), record.assignedBy());
    }

    /** The caller's own record: their scores, comment and total, or their conflict; not who assigned them. */
    private static Map<String, Object> ownSheet(JuryRecord record, Campaign campaign) {
        return sheet(record, campaign, JurorState.of(record).jurorCode(), null);
    }

    private static Map<String, Object> sheet(JuryRecord record, Campaign campaign, String state, String assignedBy) {
        ZoneId zone = campaign.timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jurorId", record.jurorId());
        json.put("state", state);
        putTime(json, "assignedAt", record.assignedAt(), zone);
        putIfPresent(json, "assignedBy", assignedBy);
        putScores(json, record, campaign);
        putConflict(json, record, zone);
        return json;
    }

    /** Another juror's record as a juror who scored sees it: scores and comment, not why they withdrew. */
    private static Map<String, Object> peerSheet(JuryRecord record, Campaign campaign) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jurorId", record.jurorId());
        json.put("state", JurorState.of(record).jurorCode());
        putScores(json, record, campaign);
        return json;
    }

    private static void putScores(Map<String, Object> json, JuryRecord record, Campaign campaign) {
        if (!record.scored() || record.conflicted()) {
            return;
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Criterion criterion : campaign.criteria()) {
            Integer score = record.scores().get(criterion.id());
            if (score != null) {
                scores.put(criterion.id(), score);
            }
        }
        // a criterion since dropped from the grid stays visible, after the grid's
        record.scores().entrySet().stream().filter(e -> !scores.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> scores.put(e.getKey(), e.getValue()));
        json.put("scores", scores);
        ScoreTotals.total(campaign.criteria(), record.scores()).ifPresent(t -> json.put("total", t));
        putIfPresent(json, "comment", record.comment());
        putTime(json, "scoredAt", record.scoredAt(), campaign.timeZone());
    }

    private static void putConflict(Map<String, Object> json, JuryRecord record, ZoneId zone) {
        if (!record.conflicted()) {
            return;
        }
        Map<String, Object> conflict = new LinkedHashMap<>();
        putIfPresent(conflict, "reason", record.conflictReason());
        putTime(conflict, "declaredAt", record.conflictDeclaredAt(), zone);
        json.put("conflict", conflict);
    }

    private static Map<String, Object> summary(List<JuryRecord> records, Campaign campaign) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jurorCount", records.size());
        json.put("scored", records.stream().filter(r -> JurorState.of(r) == JurorState.SCORED).count());
        json.put("toScore", records.stream().filter(r -> JurorState.of(r) == JurorState.ASSIGNED).count());
        json.put("conflicts", records.stream().filter(r -> JurorState.of(r) == JurorState.CONFLICT).count());
        ScoreTotals.average(campaign.criteria(), records).ifPresent(a -> json.put("averageTotal", a));
        return json;
    }

}
