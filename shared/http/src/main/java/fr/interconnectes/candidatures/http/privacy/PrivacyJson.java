package fr.interconnectes.candidatures.http.privacy;

import fr.interconnectes.candidatures.applications.CandidacyView;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.http.ResponseFields;
import fr.interconnectes.candidatures.privacy.EraseCandidacy;
import fr.interconnectes.candidatures.privacy.ExportCandidacy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The privacy routes' bodies: {@code POST /admin/candidacies/{id}/erase} {@code {"reason", "force"}} read and
 * answered, and the applicant's copy of their dossier ({@code GET /candidacies/{id}/export}).
 */
public final class PrivacyJson {

    static final int MIN_REASON = 3;

    private PrivacyJson() {
    }

    /** The erase request: a reason (3 to 500 characters), {@code force} false unless given true. */
    public static EraseCandidacy.Command eraseCommand(ApiRequest request) {
        JsonBody.requireJson(request);
        var json = JsonBody.object(request.body(), Set.of("reason", "force"));
        List<FieldError> errors = new ArrayList<>();
        String reason = JsonBody.text(json, "reason");
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.codePointCount(0, stripped.length()) < MIN_REASON
                || stripped.codePointCount(0, stripped.length()) > EraseCandidacy.MAX_REASON) {
            errors.add(new FieldError("reason", stripped.isEmpty() ? "required" : "out_of_range", new LocalizedText(
                    "Indiquez le motif (date et canal de la demande), de 3 à 500 caractères, sans nommer la personne.",
                    "Give the reason (date and channel of the request), 3 to 500 characters, without naming the person.")));
        }
        var force = json.get("force");
        if (force != null && !force.isNull() && !force.isBoolean()) {
            errors.add(new FieldError("force", "wrong_type", new LocalizedText("Doit être true ou false.",
                    "Must be true or false.")));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return new EraseCandidacy.Command(request.candidacyId(), stripped, force != null && force.asBoolean(false));
    }

    /** 200 once everything is erased; 202 when something remains, which the retention job finishes. */
    public static ApiResponse erased(EraseCandidacy.Erased erased) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", erased.candidacyId());
        json.put("state", erased.complete() ? "complete" : "pending");
        json.put("dossiers", erased.dossiers().stream().map(d -> erasure(d, ZoneId.of("Europe/Paris"))).toList());
        return ApiResponse.json(erased.complete() ? 200 : 202, json, Map.of());
    }

    /** A dossier's erasure as organisers see it in the list and the dossier; {@code null} if never erased. */
    public static Map<String, Object> erasure(Candidacy dossier, ZoneId zone) {
        Erasure erasure = dossier.erasure();
        if (erasure == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", dossier.id());
        json.put("state", erasure.complete() ? "complete" : "pending");
        json.put("cause", erasure.cause().code());
        json.put("requestedAt", CandidacyJson.time(erasure.requestedAt(), zone));
        ResponseFields.putTime(json, "completedAt", erasure.completedAt(), zone);
        json.put("remaining", erasure.remaining());
        return json;
    }

    /**
     * 200, a JSON file to keep: the dossier as its applicant sees it, each file with a link valid a few minutes,
     * the decision once told, and every mail recorded with the dossier (to whom, subject, when).
     */
    public static ApiResponse export(ExportCandidacy.Export export, Language language) {
        Candidacy c = export.candidacy();
        ZoneId zone = export.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exportedFrom", "Candidatures — Les Interconnectés");
        json.put("campaign", Map.of("id", export.campaign().id(), "title", export.campaign().title().in(language)));
        Map<String, Object> dossier = new LinkedHashMap<>(CandidacyJson.of(
                new CandidacyView(c, export.campaign(), List.of()), language));
        dossier.remove("missing");
        dossier.put("attachments", c.receivedAttachments().stream().map(a -> {
            Map<String, Object> file = new LinkedHashMap<>(CandidacyJson.attachment(a, zone));
            var link = export.downloads().get(a.id());
            file.put("download", Map.of("url", link.url(), "expiresAt", CandidacyJson.time(link.expiresAt(), zone)));
            return file;
        }).toList());
        if (c.decision() != null && !c.decision().pending()) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("outcome", c.decision().outcome().code());
            ResponseFields.putIfPresent(decision, "message", c.decision().message());
            decision.put("toldAt", CandidacyJson.time(c.decision().notifiedAt(), zone));
            dossier.put("decision", decision);
        }
        dossier.put("mails", c.outbox().stream().map(m -> {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("kind", m.kind());
            mail.put("to", m.to());
            ResponseFields.putIfPresent(mail, "subject", m.subject());
            mail.put("status", m.state().name().toLowerCase(Locale.ROOT));
            mail.put("createdAt", CandidacyJson.time(m.createdAt(), zone));
            ResponseFields.putTime(mail, "sentAt", m.sentAt(), zone);
            return mail;
        }).toList());
        json.put("dossier", dossier);
        return ApiResponse.json(200, json, Map.of(
                "Content-Disposition", "attachment; filename=\"dossier-" + c.id() + ".json\"",
                "Cache-Control", "no-store"));
    }
}
