package fr.interconnectes.candidatures.http.applications;

import fr.interconnectes.candidatures.applications.CandidacyView;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers of the applicant's routes: status, headers and body, shaped by {@link CandidacyJson}. */
public final class ApplicantResponses {

    /** The attachment use cases do not hand back the campaign, so their answers speak Paris time. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final LocalizedText ACCESS_LINKS_ON_THEIR_WAY = new LocalizedText(
            "Si cette adresse a des dossiers dans cette campagne, un courriel avec de nouveaux liens est en route.",
            "If this address has dossiers in this campaign, a mail with fresh links is on its way.");

    private ApplicantResponses() {
    }

    /** 201: the new draft and its access token, shown this once; a replay says so. */
    public static ApiResponse created(CreateCandidacy.Created created) {
        Candidacy candidacy = created.candidacy();
        ZoneId zone = created.campaign().timeZone();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", candidacy.id());
        body.put("status", candidacy.status().code());
        body.put("version", candidacy.version());
        body.put("accessToken", created.accessToken());
        body.put("deadline", CandidacyJson.time(candidacy.deadline(created.campaign()), zone));
        body.put("createdAt", CandidacyJson.time(candidacy.createdAt(), zone));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/candidacies/" + candidacy.id());
        headers.put("ETag", CandidacyJson.etag(candidacy));
        if (created.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return ApiResponse.json(201, body, headers);
    }

    /** 200: the dossier as its applicant sees it, its version as the ETag to send back in If-Match. */
    public static ApiResponse dossier(CandidacyView view, Language language) {
        return ApiResponse.json(200, CandidacyJson.of(view, language),
                Map.of("ETag", CandidacyJson.etag(view.candidacy())));
    }

    /** 201: the announced file and where to PUT it. */
    public static ApiResponse uploadRequested(String candidacyId, RequestUpload.Requested requested) {
        Attachment attachment = requested.attachment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attachmentId", attachment.id());
        body.put("attachment", CandidacyJson.attachment(attachment, PARIS));
        body.put("upload", CandidacyJson.upload(requested.upload(), PARIS));
        return ApiResponse.json(201, body, Map.of("Location",
                "/candidacies/" + candidacyId + "/attachments/" + attachment.id()));
    }

    /** 200: the file as the server found it. */
    public static ApiResponse attachment(Attachment attachment) {
        return ApiResponse.json(200, CandidacyJson.attachment(attachment, PARIS));
    }

    /** 202: the same answer whether or not the address has dossiers, so that it reveals nothing. */
    public static ApiResponse accessLinksSent(Language language) {
        return ApiResponse.json(202, Map.of("message", ACCESS_LINKS_ON_THEIR_WAY.in(language)));
    }

    /** 204: the file is gone. */
    public static ApiResponse removed() {
        return new ApiResponse(204, Map.of("Cache-Control", "no-store"), "");
    }
}
