package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.ErrorKind;
import fr.interconnectes.candidatures.domain.LocalizedText;

/**
 * The codes only a request's transport can earn: its body, its headers, its route, or the service itself.
 * Stable like the rules' {@link fr.interconnectes.candidatures.domain.ErrorCode}s; each carries its status.
 */
public enum HttpErrorCode implements ErrorKind {
    MALFORMED_JSON(400, "Le corps de la requête n''est pas un JSON valide.", "The request body is not valid JSON."),
    BODY_TOO_LARGE(413, "Le corps de la requête dépasse {0} octets.", "The request body exceeds {0} bytes."),
    UNSUPPORTED_MEDIA_TYPE(415, "Le corps doit être envoyé en application/json.", "The body must be sent as application/json."),
    NOT_FOUND(404, "Ressource introuvable.", "Resource not found."),
    ROUTE_NOT_FOUND(404, "Aucune route ne correspond à {0} {1}.", "No route matches {0} {1}."),
    INVALID_IF_MATCH(400, "If-Match invalide : indiquez la version (ETag) du dossier que vous modifiez.",
            "Invalid If-Match: give the version (ETag) of the dossier you are changing."),
    INVALID_IDEMPOTENCY_KEY(400, "La clé Idempotency-Key doit faire de 8 à 128 caractères imprimables.",
            "The Idempotency-Key must be 8 to 128 printable characters."),
    BAD_REQUEST(400, "Requête HTTP invalide.", "Malformed HTTP request."),
    URI_TOO_LONG(414, "L''adresse demandée est trop longue.", "The requested URI is too long."),
    HEADERS_TOO_LARGE(431, "Les en-têtes de la requête sont trop volumineux.", "The request headers are too large."),
    CROSS_ORIGIN_REFUSED(403, "Les outils locaux ne répondent qu''à la page locale elle-même ou à un script sans Origin.",
            "The local tools answer only the local page itself or a script without Origin."),
    SERVICE_UNAVAILABLE(503, "Service momentanément indisponible, veuillez réessayer dans quelques instants.",
            "Service temporarily unavailable, please try again in a moment."),
    INTERNAL_ERROR(500, "Une erreur interne est survenue.", "An internal error occurred.");

    private final int status;
    private final LocalizedText patterns;

    HttpErrorCode(int status, String french, String english) {
        this.status = status;
        this.patterns = new LocalizedText(french, english);
    }

    @Override
    public LocalizedText patterns() {
        return patterns;
    }

    public int status() {
        return status;
    }
}
