package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.reporting.CampaignStatistics;
import fr.interconnectes.candidatures.reporting.GetDossier;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** How dossiers look to organisers and jurors. Applicants' tokens and their hashes never appear. */
public final class AdminJson {

    private AdminJson() {
    }

    /** {@code GET /admin/me}: the caller as their token describes them; no email or region when it has none. */
    public static Map<String, Object> caller(Principal principal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sub", principal.sub());
        json.put("email", principal.email());
        json.put("roles", principal.roles().stream().map(Role::code).toList());
        json.put("region", principal.region());
        return json;
    }

    public static Map<String, Object> summary(Candidacy c, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("status", c.status().code());
        json.put("receiptNumber", c.receipt() == null ? null : c.receipt().number());
        json.put("organisation", c.form().applicant().organisation());
        json.put("kind", c.form().applicant().kind() == null ? null : c.form().applicant().kind().code());
        json.put("contactName", c.form().applicant().contact().name());
        json.put("contactEmail", c.form().applicant().contact().email());
        json.put("projectTitle", c.form().project().title());
        json.put("submittedAt", c.lastSubmittedAt() == null ? null : CandidacyJson.time(c.lastSubmittedAt(), zone));
        json.put("createdAt", CandidacyJson.time(c.createdAt(), zone));
        json.put("files", c.receivedAttachments().size());
        ResponseFields.putTime(json, "personalDeadline", c.personalDeadline(), zone);
        if (c.decision() != null) {
            json.put("decision", Map.of("outcome", c.decision().outcome().code(),
                    "state", c.decision().pending() ? "pending" : "sent"));
        }
        ResponseFields.putIfPresent(json, "originCandidacyId", c.originCandidacyId());
        ResponseFields.putIfPresent(json, "erasure", fr.interconnectes.candidatures.http.privacy.PrivacyJson.erasure(c, zone));
        json.put("mailState", MailJson.problem(c));
        return json;
    }

    /** {@code GET /admin/campaigns/{id}/candidacies}: a page of the list. */
    public static Map<String, Object> page(ListCandidacies.Page page) {
        ZoneId zone = page.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", page.campaign().id());
        json.put("total", page.total());
        json.put("items", page.items().stream().map(c -> summary(c, zone)).toList());
        json.put("nextCursor", page.nextCursor());
        return json;
    }

    public static Map<String, Object> dossier(GetDossier.Dossier dossier) {
        Candidacy c = dossier.candidacy();
        ZoneId zone = dossier.campaign().timeZone();
        Map<String, Object> json = summary(c, zone);
        json.put("campaignId", c.campaignId());
        json.put("version", c.version());
        json.putAll(c.form().toMap());
        json.put("deadline", CandidacyJson.time(c.deadline(dossier.campaign()), zone));
        json.put("attachments", c.receivedAttachments().stream().map(a -> {
            Map<String, Object> attachment = new LinkedHashMap<>(CandidacyJson.attachment(a, zone));
            var download = dossier.downloads().get(a.id());
            if (download != null) {
                attachment.put("download", Map.of("url", download.url(),
                        "expiresAt", CandidacyJson.time(download.expiresAt(), zone)));
            }
            return attachment;
        }).toList());
        if (c.receipt() != null) {
            json.put("receipt", Map.of("number", c.receipt().number(),
                    "submittedAt", CandidacyJson.time(c.receipt().submittedAt(), zone)));
        }
        if (c.decision() != null) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("outcome", c.decision().outcome().code());
            decision.put("state", c.decision().pending() ? "pending" : "sent");
            decision.put("message", c.decision().message());
            decision.put("decidedBy", c.decision().decidedBy());
            decision.put("decidedAt", CandidacyJson.time(c.decision().decidedAt(), zone));
            json.put("decision", decision);
        }
        if (dossier.asOrganiser()) {
            json.put("jury", dossier.jury().stream().map(AdminJson::juror).toList());
            json.put("contactMail", MailJson.contactMail(c, zone));
            json.put("mails", c.outbox().stream().map(m -> MailJson.forOrganisers(m, zone)).toList());
        }
        return json;
    }

    static Map<String, Object> juror(JuryRecord r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jurorId", r.jurorId());
        json.put("state", r.conflicted() ? "conflict" : r.scored() ? "scored" : "assigned");
        return json;
    }

    public static Map<String, Object> statistics(CampaignStatistics.Statistics s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", s.campaign().id());
        json.put("total", s.total());
        json.put("byStatus", s.byStatus());
        json.put("byTrack", s.byTrack());
        json.put("byKind", s.byKind());
        Map<String, Integer> perDay = new LinkedHashMap<>();
        s.submissionsPerDay().forEach((day, count) -> perDay.put(day.toString(), count));
        json.put("submissionsPerDay", perDay);
        json.put("attachmentBytes", s.attachmentBytes());
        return json;
    }
}
