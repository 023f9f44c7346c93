package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.convocations.SendConvocations;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How convocations look: to the applicant in their dossier, to organisers after sending them. */
public final class ConvocationJson {

    private ConvocationJson() {
    }

    /** A dossier's convocation: the audition as sent and the applicant's answer. */
    public static Map<String, Object> of(Convocation convocation, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slotId", convocation.slotId());
        json.put("panelId", convocation.panelId());
        json.put("room", convocation.room());
        if (convocation.place() != null) {
            json.put("place", convocation.place());
        }
        json.put("start", CandidacyJson.time(convocation.start(), zone));
        json.put("end", CandidacyJson.time(convocation.end(), zone));
        json.putAll(answer(convocation, zone));
        return json;
    }

    /** What organisers read of a convocation in the timetable: the version sent and the applicant's answer. */
    public static Map<String, Object> answer(Convocation convocation, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", convocation.sequence());
        json.put("status", convocation.state().name().toLowerCase(Locale.ROOT));
        ResponseFields.putTime(json, "sentAt", convocation.sentAt(), zone);
        json.put("attendance", convocation.attendance().name().toLowerCase(Locale.ROOT));
        if (convocation.note() != null) {
            json.put("note", convocation.note());
        }
        ResponseFields.putTime(json, "answeredAt", convocation.answeredAt(), zone);
        return json;
    }

    /** {@code POST /admin/campaigns/{id}/convocations/send}: what this call recorded and sent. */
    public static Map<String, Object> sent(SendConvocations.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("convened", result.convened());
        json.put("moved", result.moved());
        json.put("cancelled", result.cancelled());
        json.put("unchanged", result.unchanged());
        json.put("mailsRecorded", result.mailsRecorded());
        json.put("mailsSent", result.mailsSent());
        json.put("mailsPending", result.mailsRecorded() - result.mailsSent());
        json.put("failed", result.failed());
        return json;
    }
}
