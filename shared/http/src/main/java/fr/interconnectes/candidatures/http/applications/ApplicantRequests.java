package fr.interconnectes.candidatures.http.applications;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.applications.ApplicationFormInput;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.applications.UpdateCandidacy;
import fr.interconnectes.candidatures.attachments.AttachmentCommand;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.domain.Unicode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the applicant's requests into their use cases' commands. What is wrong with a request itself is
 * answered here: an Idempotency-Key or If-Match header of the wrong format, a file announcement with a field
 * missing or of the wrong type. The form is handed over unread, as an {@link ApplicationFormInput} the use case
 * reads with the campaign's track; what the campaign and the dossier allow is the use cases' to say.
 *
 * <p>The Authorization header goes through as it came: it is a credential, and
 * {@link fr.interconnectes.candidatures.applications.ApplicantAccess} alone decides what it opens.
 */
public final class ApplicantRequests {

    /** Printable ASCII, no spaces: a client's UUID, ULID or random string. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{8,128}");
    /** The ETag the API sends ({@code "3"}), weak or bare as some clients send it back. */
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");
    static final int MAX_FILE_NAME = 200;

    private final ApplicationFormParser forms;

    /** @param clock the server clock, for the founding year a form may give */
    public ApplicantRequests(Clock clock) {
        this.forms = new ApplicationFormParser(clock);
    }

    /** {@code POST /campaigns/{campaignId}/candidacies}, with an optional Idempotency-Key. */
    public CreateCandidacy.Command createCandidacy(ApiRequest request) {
        JsonBody.requireJson(request);
        return new CreateCandidacy.Command(request.campaignId(), form(request),
                idempotencyKey(request.header("Idempotency-Key")), request.received());
    }

    /** {@code PUT /candidacies/{candidacyId}}, with an optional If-Match. */
    public UpdateCandidacy.Command updateCandidacy(ApiRequest request) {
        JsonBody.requireJson(request);
        return new UpdateCandidacy.Command(request.candidacyId(), authorization(request),
                expectedVersion(request.header("If-Match").orElse(null)), form(request), request.received());
    }

    /** {@code POST /candidacies/{candidacyId}/attachments} {@code {"fileName", "contentType", "size"}}. */
    public static RequestUpload.Command requestUpload(ApiRequest request) {
        JsonBody.requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("fileName", "contentType", "size"));
        String fileName = cleanFileName(JsonBody.text(body, "fileName"));
        String contentType = JsonBody.text(body, "contentType");
        Long size = JsonBody.integer(body, "size");
        List<FieldError> errors = new ArrayList<>();
        if (fileName == null) {
            errors.add(FieldErrorCode.REQUIRED.at("fileName"));
        }
        if (contentType == null || contentType.isBlank()) {
            errors.add(FieldErrorCode.REQUIRED.at("contentType"));
        }
        if (size == null) {
            errors.add(FieldErrorCode.REQUIRED.at("size"));
        } else if (size <= 0) {
            errors.add(new FieldError("size", "too_small", new LocalizedText(
                    "Le fichier est vide.", "The file is empty.")));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return new RequestUpload.Command(request.candidacyId(), authorization(request), fileName, contentType, size,
                request.received());
    }

    /** {@code /candidacies/{candidacyId}/attachments/{attachmentId}[/complete]}. */
    public static AttachmentCommand attachment(ApiRequest request) {
        return new AttachmentCommand(request.candidacyId(), authorization(request),
                request.pathParameter("attachmentId").orElse(""), request.received());
    }

    /**
     * {@code POST /campaigns/{campaignId}/access-links} {@code {"email"}}: the address as sent, or null; whether
     * it is an address is {@link fr.interconnectes.candidatures.applications.SendAccessLinks}'s to say.
     */
    public static String accessLinksEmail(ApiRequest request) {
        JsonBody.requireJson(request);
        return JsonBody.text(JsonBody.object(request.body(), Set.of("email")), "email");
    }

    /** The Authorization header, or null when there is none. */
    public static String authorization(ApiRequest request) {
        return request.header("Authorization").orElse(null);
    }

    /** The body is read when the use case asks, with the track of the campaign it has loaded. */
    private ApplicationFormInput form(ApiRequest request) {
        String body = request.body();
        return track -> forms.parse(body, track);
    }

    /** @throws DomainException INVALID_IDEMPOTENCY_KEY when the header is there but not a key */
    public static Optional<String> idempotencyKey(Optional<String> header) {
        header.ifPresent(key -> {
            if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
                throw new DomainException(HttpErrorCode.INVALID_IDEMPOTENCY_KEY);
            }
        });
        return header;
    }

    /**
     * The version an If-Match header names; empty without one, or with {@code *} (any version will do).
     *
     * @throws DomainException INVALID_IF_MATCH when it names no version
     */
    static OptionalLong expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ETAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new DomainException(HttpErrorCode.INVALID_IF_MATCH);
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }

    /** Keeps the name people gave, minus paths and control characters; null when nothing is left. */
    static String cleanFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = Unicode.nfc(fileName).replaceAll("\\p{Cntrl}", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).trim();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME);
        }
        return name.isEmpty() ? null : name;
    }
}
