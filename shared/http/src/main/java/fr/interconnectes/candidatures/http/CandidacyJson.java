package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.applications.CandidacyView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a dossier looks to its applicant. Never shows access tokens or their hashes. */
public final class CandidacyJson {

    private CandidacyJson() {
    }

    public static Map<String, Object> of(CandidacyView view, Language language) {
        Candidacy c = view.candidacy();
        Campaign campaign = view.campaign();
        ZoneId zone = campaign.timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("campaignId", c.campaignId());
        json.put("status", c.status().code());
        json.put("version", c.version());
        json.putAll(c.form().toMap());
        json.put("attachments", c.attachments().stream().map(a -> attachment(a, zone)).toList());
        if (c.receipt() != null) {
            json.put("receipt", Map.of("number", c.receipt().number(),
                    "submittedAt", time(c.receipt().submittedAt(), zone)));
        }
        json.put("deadline", time(c.deadline(campaign), zone));
        json.put("createdAt", time(c.createdAt(), zone));
        json.put("updatedAt", time(c.updatedAt(), zone));
        ResponseFields.putTime(json, "submittedAt", c.lastSubmittedAt(), zone);
        ResponseFields.putTime(json, "withdrawnAt", c.withdrawnAt(), zone);
        if (view.selectionDay().availability() != null) {
            json.put("availability", SelectionDayJson.of(view.selectionDay().availability(), zone));
        }
        json.put("missing", view.missing().stream().map(f -> Map.of(
                "field", f.field(), "code", f.code(), "message", f.message().in(language))).toList());
        if (c.convocation() != null) {
            json.put("convocation", ConvocationJson.of(c.convocation(), zone));
        }
        json.put("mails", c.outbox().stream().map(m -> MailJson.forApplicant(m, zone)).toList());
        json.put("contactMail", MailJson.contactMail(c, zone));
        return json;
    }

    public static Map<String, Object> attachment(Attachment a, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("fileName", a.fileName());
        json.put("contentType", a.type().mediaType());
        json.put("size", a.size());
        json.put("status", a.state().name().toLowerCase(java.util.Locale.ROOT));
        json.put("createdAt", time(a.createdAt(), zone));
        ResponseFields.putTime(json, "receivedAt", a.receivedAt(), zone);
        return json;
    }

    public static Map<String, Object> upload(FileStore.PresignedUpload upload, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", upload.url());
        json.put("method", upload.method());
        json.put("headers", upload.headers());
        json.put("expiresAt", time(upload.expiresAt(), zone));
        return json;
    }

    /** To the millisecond: what the server clock decides with, without the clock's noise. */
    public static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).atZone(zone));
    }

    public static String etag(Candidacy candidacy) {
        return "\"" + candidacy.version() + "\"";
    }
}
