package fr.interconnectes.candidatures.domain;

/**
 * The codes of the rules' refusals, with their message in French and in English. The codes are stable:
 * clients switch on them. (What only a request's transport can get wrong, such as malformed JSON or a wrong
 * media type, is the http module's {@code HttpErrorCode}.)
 */
public enum ErrorCode implements ErrorKind {
    VALIDATION_FAILED("La requête contient des erreurs.", "The request contains errors."),
    CAMPAIGN_NOT_FOUND("La campagne « {0} » n''existe pas.", "Campaign \"{0}\" does not exist."),
    CAMPAIGN_NOT_OPEN("La campagne n''est pas encore ouverte : ouverture le {0} (heure de Paris).",
            "The campaign is not open yet: it opens on {0} (Paris time)."),
    DEADLINE_PASSED("La date limite est dépassée : les candidatures étaient acceptées jusqu''au {0} (heure de Paris).",
            "The deadline has passed: applications were accepted until {0} (Paris time)."),
    UNAUTHORIZED("Authentification requise : présentez le jeton d''accès de votre dossier (en-tête Authorization: Bearer).",
            "Authentication required: present your dossier''s access token (Authorization: Bearer header)."),
    NOT_SIGNED_IN("Connexion requise : présentez le jeton de votre compte organisateur ou juré (en-tête Authorization: Bearer).",
            "Sign-in required: present the token of your organiser or juror account (Authorization: Bearer header)."),
    CANDIDACY_NOT_FOUND("Dossier introuvable, ou jeton d''accès invalide.", "Dossier not found, or invalid access token."),
    PRECONDITION_FAILED("Le dossier a été modifié entre-temps (version {0}) : rechargez-le avant de l''enregistrer.",
            "The dossier was changed meanwhile (version {0}): reload it before saving."),
    CONCURRENT_MODIFICATION("Le dossier est en cours de modification par une autre requête, veuillez réessayer.",
            "The dossier is being changed by another request, please retry."),
    IDEMPOTENCY_KEY_REUSED("Cette clé Idempotency-Key a déjà servi pour une autre requête.",
            "This Idempotency-Key was already used for a different request."),
    INCOMPLETE("Le dossier est incomplet : {0} élément(s) manquant(s).", "The dossier is incomplete: {0} missing item(s)."),
    CANDIDACY_WITHDRAWN("Ce dossier a été retiré : il ne peut plus être modifié.", "This dossier was withdrawn: it can no longer be changed."),
    CANDIDACY_EXPIRED("Ce dossier n''a pas été déposé avant la date limite : il est clos.",
            "This dossier was not submitted before the deadline: it is closed."),
    FILE_TOO_LARGE("Le fichier dépasse la taille maximale de {0}.", "The file exceeds the maximum size of {0}."),
    UNSUPPORTED_FILE_TYPE("Type de fichier non accepté. Types acceptés : {0}.", "File type not accepted. Accepted types: {0}."),
    TOO_MANY_FILES("Le dossier compte déjà le nombre maximal de fichiers ({0}).", "The dossier already has the maximum number of files ({0})."),
    ATTACHMENT_NOT_FOUND("Pièce jointe introuvable.", "Attachment not found."),
    UPLOAD_MISSING("Le fichier n''a pas été reçu : envoyez-le d''abord à l''adresse de dépôt fournie.",
            "The file was not received: upload it to the upload URL first."),
    FILE_SIZE_MISMATCH("Le fichier reçu ({0} octets) ne correspond pas à la taille annoncée ({1} octets).",
            "The received file ({0} bytes) does not match the announced size ({1} bytes)."),
    FILE_TYPE_MISMATCH("Le contenu du fichier ne correspond pas à son type annoncé ({0}) : il a été supprimé.",
            "The file content does not match its announced type ({0}): it was deleted."),
    FORBIDDEN("Votre rôle ne permet pas cette action.", "Your role does not allow this action."),
    OUT_OF_REGION("Cette campagne relève d''une autre région que la vôtre.", "This campaign belongs to another region than yours."),
    NOT_ASSIGNED("Ce dossier ne vous est pas attribué.", "This dossier is not assigned to you."),
    CONFLICT_OF_INTEREST("Vous avez déclaré un conflit d''intérêts sur ce dossier : vous ne pouvez pas le noter.",
            "You declared a conflict of interest on this dossier: you cannot score it."),
    DECISION_ALREADY_SENT("La décision de ce dossier a déjà été envoyée au candidat.",
            "The decision on this dossier was already sent to the applicant."),
    NOT_SUBMITTED("Seul un dossier déposé peut recevoir cette action.", "Only a submitted dossier can take this action."),
    INVALID_CURSOR("Curseur de pagination invalide : reprenez la liste depuis le début.",
            "Invalid pagination cursor: start the list again from the beginning."),
    BY_SELECTION_ONLY("Cet appel est réservé aux finalistes des sélections régionales : on n''y candidate pas directement.",
            "This call is for the finalists of the regional selections: nobody applies to it directly."),
    CAMPAIGN_EXISTS("La campagne « {0} » existe déjà.", "Campaign \"{0}\" already exists."),
    IDEMPOTENCY_KEY_REQUIRED("Indiquez une clé Idempotency-Key (8 à 128 caractères) : rejouée, la requête n''agira qu''une fois.",
            "Give an Idempotency-Key (8 to 128 characters): replayed, the request acts only once."),
    MAIL_NOT_FOUND("Ce courriel ne figure pas parmi ceux du dossier.", "This mail is not one of the dossier's."),
    MAIL_PENDING("Ce courriel n''est pas encore parti : il sera envoyé sans qu''il faille le renvoyer.",
            "This mail has not left yet: it will be sent without being resent."),
    CONTACT_UNDELIVERABLE("L''adresse du contact ({0}) ne reçoit pas de courriel : le candidat doit d''abord la changer.",
            "The contact address ({0}) does not take mail: the applicant must change it first."),
    INVALID_UNSUBSCRIBE_LINK("Ce lien de désinscription des rappels n''est pas valide.",
            "This link to stop reminders is not valid."),
    NOT_NATIONAL_ROUND("Les finalistes ne peuvent être reportés que dans la finale nationale du même appel et de la même "
            + "édition ({0}).", "Finalists can only be carried into the national round of the same track and edition ({0})."),
    DECISIONS_NOT_SENT("Les décisions du jury ne sont pas toutes envoyées aux candidats : envoyez-les avant de publier le palmarès.",
            "The jury's decisions are not all sent to the applicants: send them before publishing the results."),
    LAUREATES_NOT_PUBLISHED("Le palmarès de la campagne « {0} » n''est pas encore publié.",
            "The results of campaign \"{0}\" are not published yet."),
    NOT_CONVENED("Ce dossier n''est convoqué à aucune audition.", "This dossier is not invited to any audition."),
    CONVOCATION_CANCELLED("Cette audition a été annulée : il n''y a plus de présence à confirmer.",
            "This audition was cancelled: there is no attendance left to confirm."),
    CANDIDACY_ERASED("Les données personnelles de ce dossier ont été effacées : ce lien ne donne plus accès à rien.",
            "The personal data of this dossier were erased: this link no longer gives access to anything."),
    SELECTION_OPEN("La sélection de ce dossier n''est pas terminée : effacez-le après la sélection, ou confirmez avec \"force\": true.",
            "The selection of this dossier is not over: erase it after the selection, or confirm with \"force\": true.");

    private final LocalizedText patterns;

    ErrorCode(String french, String english) {
        this.patterns = new LocalizedText(french, english);
    }

    @Override
    public LocalizedText patterns() {
        return patterns;
    }
}
