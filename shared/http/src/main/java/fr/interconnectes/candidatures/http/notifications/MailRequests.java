package fr.interconnectes.candidatures.http.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.notifications.ResendMail;
import java.util.List;
import java.util.Set;

/** The requests about a dossier's mails: an organiser's resend, an applicant's unsubscribe from reminders. */
public final class MailRequests {

    private MailRequests() {
    }

    /**
     * {@code POST /admin/candidacies/{candidacyId}/mails/{mailId}/resend}, no body, with the Idempotency-Key that
     * makes a retried request resend nothing more.
     *
     * (the use case requires it, once it knows the caller may resend at all).
     *
     * @throws DomainException INVALID_IDEMPOTENCY_KEY when the header is there but not a key
     */
    public static ResendMail.Resend resend(ApiRequest request) {
        String key = ApplicantRequests.idempotencyKey(request.header("Idempotency-Key")).orElse(null);
        return new ResendMail.Resend(request.candidacyId(), request.pathParameter("mailId").orElse(""), key);
    }

    /** {@code POST /reminders/unsubscribe {"token": "<the token of the link>"}}. */
    public static String unsubscribeToken(ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("token"));
        String token = JsonBody.text(body, "token");
        if (token == null || token.isBlank()) {
            FieldFaults.throwIfAny(List.of(new FieldError("token", "required", new LocalizedText(
                    "Indiquez le jeton du lien de désinscription.", "Give the token of the unsubscribe link."))));
        }
        return token.strip();
    }
}
