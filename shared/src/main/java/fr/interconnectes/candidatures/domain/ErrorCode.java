package fr.interconnectes.candidatures.domain;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every machine code an API client may meet, with its message in French and in English. The codes are
 * stable: clients switch on them.
 */
public enum ErrorCode {
    VALIDATION_FAILED("La requête contient des erreurs.", "The request contains errors."),
    MALFORMED_JSON("Le corps de la requête n''est pas un JSON valide.", "The request body is not valid JSON."),
    BODY_TOO_LARGE("Le corps de la requête dépasse {0} octets.", "The request body exceeds {0} bytes."),
    UNSUPPORTED_MEDIA_TYPE("Le corps doit être envoyé en application/json.", "The body must be sent as application/json."),
    NOT_FOUND("Ressource introuvable.", "Resource not found."),
    ROUTE_NOT_FOUND("Aucune route ne correspond à {0} {1}.", "No route matches {0} {1}."),
    CAMPAIGN_NOT_FOUND("La campagne « {0} » n''existe pas.", "Campaign \"{0}\" does not exist."),
    CAMPAIGN_NOT_OPEN("La campagne n''est pas encore ouverte : ouverture le {0} (heure de Paris).",
            "The campaign is not open yet: it opens on {0} (Paris time)."),
    DEADLINE_PASSED("La date limite est dépassée : les candidatures étaient acceptées jusqu''au {0} (heure de Paris).",
            "The deadline has passed: applications were accepted until {0} (Paris time)."),
    SERVICE_UNAVAILABLE("Service momentanément indisponible, veuillez réessayer dans quelques instants.",
            "Service temporarily unavailable, please try again in a moment."),
    INTERNAL_ERROR("Une erreur interne est survenue.", "An internal error occurred.");

    private final String french;
    private final String english;

    ErrorCode(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String message(Language language, Object... arguments) {
        String pattern = language == Language.EN ? english : french;
        return new MessageFormat(pattern, language == Language.EN ? Locale.ENGLISH : Locale.FRENCH)
                .format(arguments);
    }
}
