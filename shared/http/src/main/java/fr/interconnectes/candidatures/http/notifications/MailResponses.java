package fr.interconnectes.candidatures.http.notifications;

import fr.interconnectes.candidatures.applications.StopReminders;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.http.MailJson;
import fr.interconnectes.candidatures.notifications.ListDossierMails;
import fr.interconnectes.candidatures.notifications.ResendMail;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of the mail routes. */
public final class MailResponses {

    private static final LocalizedText STOPPED = new LocalizedText(
            "C'est noté : vous ne recevrez plus de rappels pour ce dossier. Les autres courriels (accusé de dépôt, "
                    + "décision du jury) vous parviendront toujours.",
            "Done: you will no longer get reminders for this application. Other mails (receipt, jury decision) "
                    + "will still reach you.");

    private MailResponses() {
    }

    /** 200: {@code GET /admin/candidacies/{id}/mails}, newest last, as the outbox keeps them. */
    public static ApiResponse mails(ListDossierMails.Mails mails) {
        Candidacy c = mails.candidacy();
        ZoneId zone = mails.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidacyId", c.id());
        json.put("campaignId", c.campaignId());
        json.put("contactEmail", c.contactEmail());
        json.put("contactMail", MailJson.contactMail(c, zone));
        json.put("mails", c.outbox().stream().map(m -> MailJson.forOrganisers(m, zone)).toList());
        return ApiResponse.json(200, json);
    }

    /** 202: the resend recorded (and tried); a replay of the same request says so and records nothing more. */
    public static ApiResponse resent(ResendMail.Resent resent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidacyId", resent.candidacy().id());
        json.put("mail", MailJson.forOrganisers(resent.mail(), resent.campaign().timeZone()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/admin/candidacies/" + resent.candidacy().id() + "/mails");
        if (resent.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return ApiResponse.json(202, json, headers);
    }

    /** 200: reminders are off, in the reader's language. */
    public static ApiResponse remindersStopped(StopReminders.Stopped stopped, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("remindersStopped", true);
        json.put("since", CandidacyJson.time(stopped.since(), ZoneId.of("Europe/Paris")));
        json.put("message", STOPPED.in(language));
        return ApiResponse.json(200, json, Map.of("Content-Language", language.code()));
    }
}
