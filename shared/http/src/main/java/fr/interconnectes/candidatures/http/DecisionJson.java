package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.decisions.DecisionView;
import fr.interconnectes.candidatures.audit.ReadAuditLog;
import fr.interconnectes.candidatures.decisions.ReviewDecisions;
import fr.interconnectes.candidatures.decisions.SendDecisions;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How decisions, their sending and the audit log look to organisers. Never shows tokens or mail bodies. */
public final class DecisionJson {

    private DecisionJson() {
    }

    /** {@code PUT|DELETE /admin/candidacies/{id}/decision}. */
    public static Map<String, Object> decision(DecisionView view) {
        return decided(view.candidacy(), view.campaign().timeZone());
    }

    /** {@code GET /admin/campaigns/{id}/decisions}. */
    public static Map<String, Object> review(ReviewDecisions.Review review) {
        ZoneId zone = review.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", review.campaign().id());
        json.put("dossiers", review.dossiers().stream().map(c -> decided(c, zone)).toList());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("submitted", review.dossiers().size());
        counts.put("undecided", review.undecided());
        counts.put("pending", review.pending());
        counts.put("sent", review.sent());
        for (Decision.Outcome outcome : Decision.Outcome.values()) {
            counts.put(outcome.code(), Map.of("pending", review.pending(outcome), "sent", review.sent(outcome),
                    "total", review.pending(outcome) + review.sent(outcome)));
        }
        json.put("counts", counts);
        Map<String, Object> sending = new LinkedHashMap<>();
        sending.put("mails", review.mailsToSend());
        for (Decision.Outcome outcome : Decision.Outcome.values()) {
            sending.put(outcome.code(), review.pending(outcome));
        }
        sending.put("undecidedLeftOut", review.undecided());
        json.put("sending", sending);
        return json;
    }

    /** {@code POST /admin/campaigns/{id}/decisions/send}. */
    public static Map<String, Object> sent(SendDecisions.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("mailsRecorded", result.mailsRecorded());
        json.put("mailsSent", result.mailsSent());
        json.put("mailsPending", result.mailsRecorded() - result.mailsSent());
        json.put("alreadySent", result.alreadySent());
        json.put("undecided", result.undecided());
        json.put("nationalCampaignId", result.national() == null ? null : result.national().id());
        json.put("carried", result.carried().size());
        json.put("skipped", result.skipped());
        json.put("carriedDossiers", result.carried().stream().map(c -> Map.of(
                "candidacyId", c.candidacyId(),
                "nationalCandidacyId", c.nationalCandidacyId(),
                "receiptNumber", c.receiptNumber())).toList());
        json.put("failed", result.failed());
        return json;
    }

    /** {@code GET /admin/campaigns/{id}/audit}. */
    public static Map<String, Object> audit(ReadAuditLog.Entries entries) {
        ZoneId zone = entries.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", entries.campaign().id());
        json.put("candidacyId", entries.candidacyId());
        json.put("limit", entries.limit());
        json.put("entries", entries.entries().stream().map(e -> entry(e, zone)).toList());
        return json;
    }

    private static Map<String, Object> entry(AuditEntry e, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", CandidacyJson.time(e.at(), zone));
        json.put("actor", e.actor());
        json.put("roles", e.actorRoles() == null || e.actorRoles().isBlank() ? List.of()
                : Arrays.stream(e.actorRoles().split(",")).map(r -> r.strip().toLowerCase(Locale.ROOT)).toList());
        json.put("action", e.action());
        json.put("candidacyId", e.candidacyId());
        json.put("details", new java.util.TreeMap<>(e.details()));
        return json;
    }

    private static Map<String, Object> decided(Candidacy c, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidacyId", c.id());
        json.put("campaignId", c.campaignId());
        json.put("status", c.status().code());
        json.put("receiptNumber", c.receipt() == null ? null : c.receipt().number());
        json.put("organisation", c.form().applicant().organisation());
        json.put("projectTitle", c.form().project().title());
        json.put("language", c.form().language().code());
        json.put("decisionState", DecisionView.state(c));
        json.put("decision", c.decision() == null ? null : decision(c.decision(), zone));
        return json;
    }

    private static Map<String, Object> decision(Decision d, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", d.outcome().code());
        json.put("message", d.message());
        json.put("decidedBy", d.decidedBy());
        json.put("decidedAt", d.decidedAt() == null ? null : CandidacyJson.time(d.decidedAt(), zone));
        json.put("notifiedAt", d.notifiedAt() == null ? null : CandidacyJson.time(d.notifiedAt(), zone));
        return json;
    }
}
