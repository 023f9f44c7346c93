package fr.interconnectes.candidatures.http.applications;

import static fr.interconnectes.candidatures.domain.candidacy.ApplicationFields.*;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.http.StreamingJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationFields;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.EmailAddresses;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.FrenchPhoneNumbers;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.Project;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Sirene;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import fr.interconnectes.candidatures.domain.candidacy.Texts;
import fr.interconnectes.candidatures.domain.candidacy.WebAddresses;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the body of create ({@code POST /campaigns/{id}/candidacies}) and full update
 * ({@code PUT /candidacies/{id}}) into an {@link ApplicationForm} for the campaign's track, when the use case
 * asks with it (see {@link fr.interconnectes.candidatures.applications.ApplicationFormInput}).
 *
 * <ul>
 *   <li>a body over the cap (UTF-8 bytes) → {@link ErrorCode#BODY_TOO_LARGE}, checked before parsing;</li>
 *   <li>not JSON, not an object, a key twice in one object, or anything after the object →
 *       {@link ErrorCode#MALFORMED_JSON};</li>
 *   <li>otherwise every fault is collected and reported at once as {@link ErrorCode#VALIDATION_FAILED}
 *       with one {@link FieldError} per faulty field (codes: {@link FieldErrorCode}), in form order,
 *       each object's unknown fields first. Past {@value #MAX_FIELD_ERRORS} errors the rest are dropped
 *       (only possible with many unknown fields).</li>
 * </ul>
 *
 * <p>Texts are cleaned by {@link Texts} (one-line fields: organisation, contact fields, title, siren, siret,
 * website, codes; multi-line: summary and the long texts), a text empty after cleaning or a JSON
 * {@code null} counts as missing, and only {@link ApplicationFields#requiredToSave(Track)} is required here.
 * A wrong JSON type is {@code wrong_type} and the field is not checked further; an object of the wrong type
 * hides its children's faults.
 */
public final class ApplicationFormParser {

    /** 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024;
    public static final int MAX_FIELD_ERRORS = 100;
    /** An unknown key is echoed in the error's path cut to this many characters. */
    static final int MAX_ECHOED_KEY_LENGTH = 64;
    /** The founding year may not be after the current year in France. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock;

    /** @param clock the server clock, for the current year (founding year) */
    public ApplicationFormParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@link #parse(String, Track, long)} with the default cap of {@value #DEFAULT_MAX_BODY_BYTES} bytes. */
    public ApplicationForm parse(String body, Track track) {
        return parse(body, track, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * @param body         the raw request body
     * @param track        the campaign's track, which decides the project fields and organisation kinds
     * @param maxBodyBytes the cap on the body, in UTF-8 bytes
     * @throws DomainException BODY_TOO_LARGE, MALFORMED_JSON or VALIDATION_FAILED (with the field errors)
     */
    public ApplicationForm parse(String body, Track track, long maxBodyBytes) {
        Objects.requireNonNull(track, "track");
        if (body != null && utf8Length(body, maxBodyBytes) > maxBodyBytes) {
            throw new DomainException(HttpErrorCode.BODY_TOO_LARGE, maxBodyBytes);
        }
        ObjectNode root = readObject(body);
        int currentYear = ZonedDateTime.ofInstant(clock.instant(), PARIS).getYear();
        return new Run(track, currentYear).form(root);
    }

    /** The UTF-8 size of {@code text}, counting stopped as soon as it passes {@code stopAfter}. */
    static long utf8Length(String text, long stopAfter) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= stopAfter; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static ObjectNode readObject(String body) {
        if (body == null) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        String json = body.startsWith("\uFEFF") ? body.substring(1) : body;
        JsonNode node;
        try {
            node = StreamingJson.tree(json, true);
        } catch (IOException e) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        if (node == null || !node.isObject()) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        return (ObjectNode) node;
    }

    /** The state of one parse: the track, the year and the errors found so far. */
    private static final class Run {

        private final Track track;
        private final int currentYear;
        private final Set<String> required;
        private final List<FieldError> errors = new ArrayList<>();

        Run(Track track, int currentYear) {
            this.track = track;
            this.currentYear = currentYear;
            this.required = Set.copyOf(requiredToSave(track));
        }

        ApplicationForm form(ObjectNode root) {
            unknownKeys(root, "", ROOT_KEYS);
            ObjectNode applicantNode = object(root, APPLICANT);
            Applicant applicant = applicantNode == null ? Applicant.empty() : applicant(applicantNode);
            ObjectNode projectNode = object(root, PROJECT);
            Project project = track == Track.LABEL ? labelProject(projectNode) : startupProject(projectNode);
            Language language = language(root);
            if (!errors.isEmpty()) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
            }
            return new ApplicationForm(applicant, project, language);
        }

        private Applicant applicant(ObjectNode node) {
            unknownKeys(node, APPLICANT + ".", APPLICANT_KEYS);
            String organisation = oneLine(node, ORGANISATION, ORGANISATION_MIN_LENGTH, ORGANISATION_MAX_LENGTH);
            OrganisationKind kind = code(node, KIND, c -> OrganisationKind.fromCode(c, track).orElse(null),
                    OrganisationKind.forTrack(track).stream().map(OrganisationKind::code).toList());
            String siren = checked(oneLine(node, SIREN, 0, Integer.MAX_VALUE), SIREN,
                    s -> Sirene.siren(s).orElse(null), FieldErrorCode.INVALID_SIREN);
            String siret = checked(oneLine(node, SIRET, 0, Integer.MAX_VALUE), SIRET,
                    s -> Sirene.siret(s).orElse(null), FieldErrorCode.INVALID_SIRET);
            if (siret != null) {
                String prefix = siret.substring(0, 9);
                if (siren != null && !siren.equals(prefix)) {
                    add(FieldErrorCode.SIRET_MISMATCH.at(SIRET));
                } else if (siren == null && !hasError(SIREN) && Sirene.isValidSiren(prefix)) {
                    siren = prefix;
                }
            }
            ObjectNode contactNode = object(node, CONTACT);
            Contact contact = contactNode == null ? Contact.empty() : contact(contactNode);
            return new Applicant(organisation, kind, siren, siret, contact);
        }

        private Contact contact(ObjectNode node) {
            unknownKeys(node, CONTACT + ".", CONTACT_KEYS);
            String name = oneLine(node, CONTACT_NAME, NAME_MIN_LENGTH, NAME_MAX_LENGTH);
            String role = oneLine(node, CONTACT_ROLE, 0, NAME_MAX_LENGTH);
            String email = checked(oneLine(node, CONTACT_EMAIL, 0, EMAIL_MAX_LENGTH), CONTACT_EMAIL,
                    e -> EmailAddresses.normalise(e).orElse(null), FieldErrorCode.INVALID_EMAIL);
            String phone = checked(oneLine(node, CONTACT_PHONE, 0, Integer.MAX_VALUE), CONTACT_PHONE,
                    p -> FrenchPhoneNumbers.toE164(p).orElse(null), FieldErrorCode.INVALID_PHONE);
            return new Contact(name, role, email, phone);
        }

        private LabelProject labelProject(ObjectNode node) {
            if (node == null) {
                return new LabelProject(null, null, null, null, null, null, null, null);
            }
            unknownKeys(node, PROJECT + ".", keys(projectFields(track)));
            return new LabelProject(
                    oneLine(node, TITLE, TITLE_MIN_LENGTH, TITLE_MAX_LENGTH),
                    multiLine(node, SUMMARY, SUMMARY_MAX_LENGTH),
                    multiLine(node, DESCRIPTION, LONG_TEXT_MAX_LENGTH),
                    code(node, STAGE, c -> ProjectStage.fromCode(c).orElse(null),
                            Arrays.stream(ProjectStage.values()).map(ProjectStage::code).toList()),
                    multiLine(node, PARTNERS, LONG_TEXT_MAX_LENGTH),
                    multiLine(node, USER_INVOLVEMENT, LONG_TEXT_MAX_LENGTH),
                    multiLine(node, POOLING, LONG_TEXT_MAX_LENGTH),
                    multiLine(node, RETURN_ON_INVESTMENT, LONG_TEXT_MAX_LENGTH));
        }

        private StartupProject startupProject(ObjectNode node) {
            if (node == null) {
                return new StartupProject(null, null, null, null, null, null);
            }
            unknownKeys(node, PROJECT + ".", keys(projectFields(track)));
            return new StartupProject(
                    oneLine(node, TITLE, TITLE_MIN_LENGTH, TITLE_MAX_LENGTH),
                    multiLine(node, SUMMARY, SUMMARY_MAX_LENGTH),
                    multiLine(node, DESCRIPTION, LONG_TEXT_MAX_LENGTH),
                    checked(oneLine(node, WEBSITE, 0, URL_MAX_LENGTH), WEBSITE,
                            u -> WebAddresses.isValid(u) ? u : null, FieldErrorCode.INVALID_URL),
                    year(node, FOUNDING_YEAR),
                    multiLine(node, TERRITORIAL_USE_CASE, LONG_TEXT_MAX_LENGTH));
        }

        private Language language(ObjectNode root) {
            String code = oneLine(root, LANGUAGE, 0, Integer.MAX_VALUE);
            if (code == null) {
                return Language.FR;
            }
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(code)) {
                    return language;
                }
            }
            add(FieldErrorCode.INVALID_ENUM.at(LANGUAGE, "fr, en"));
            return Language.FR;
        }

        // ---- building blocks ------------------------------------------------------------------------------

        /** The child object: empty when absent or null, {@code null} (after a wrong_type) when not an object. */
        private ObjectNode object(ObjectNode parent, String path) {
            JsonNode value = parent.get(key(path));
            if (value == null || value.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!value.isObject()) {
                add(FieldErrorCode.WRONG_TYPE.at(path, FieldErrorCode.AN_OBJECT));
                return null;
            }
            return (ObjectNode) value;
        }

        private String oneLine(ObjectNode node, String path, int min, int max) {
            return text(node, path, Texts::oneLine, min, max);
        }

        private String multiLine(ObjectNode node, String path, int max) {
            return text(node, path, Texts::multiLine, 0, max);
        }

        /** A cleaned text within its length limits, or {@code null} (missing or faulty, error recorded). */
        private String text(ObjectNode node, String path, Function<String, String> clean, int min, int max) {
            JsonNode value = node.get(key(path));
            if (value == null || value.isNull()) {
                return missing(path);
            }
            if (!value.isTextual()) {
                add(FieldErrorCode.WRONG_TYPE.at(path, FieldErrorCode.A_STRING));
                return null;
            }
            String text = clean.apply(value.textValue());
            if (text == null) {
                return missing(path);
            }
            int length = Texts.length(text);
            if (length > max) {
                add(FieldErrorCode.TOO_LONG.at(path, String.valueOf(max)));
                return null;
            }
            if (length < min) {
                add(FieldErrorCode.TOO_SHORT.at(path, String.valueOf(min)));
                return null;
            }
            return text;
        }

        /** {@code value} normalised by {@code check}, or {@code null} with {@code fault} when it says no. */
        private String checked(String value, String path, Function<String, String> check, FieldErrorCode fault) {
            if (value == null) {
                return null;
            }
            String normalised = check.apply(value);
            if (normalised == null) {
                add(fault.at(path));
            }
            return normalised;
        }

        private <T> T code(ObjectNode node, String path, Function<String, T> lookup, List<String> allowed) {
            String code = oneLine(node, path, 0, Integer.MAX_VALUE);
            if (code == null) {
                return null;
            }
            T value = lookup.apply(code);
            if (value == null) {
                add(FieldErrorCode.INVALID_ENUM.at(path, String.join(", ", allowed)));
            }
            return value;
        }

        private Integer year(ObjectNode node, String path) {
            JsonNode value = node.get(key(path));
            if (value == null || value.isNull()) {
                missing(path);
                return null;
            }
            if (!value.isIntegralNumber()) {
                add(FieldErrorCode.WRONG_TYPE.at(path, FieldErrorCode.AN_INTEGER));
                return null;
            }
            if (!value.canConvertToInt() || value.intValue() < MIN_FOUNDING_YEAR || value.intValue() > currentYear) {
                add(FieldErrorCode.INVALID_YEAR.at(path, String.valueOf(MIN_FOUNDING_YEAR),
                        String.valueOf(currentYear)));
                return null;
            }
            return value.intValue();
        }

        private String missing(String path) {
            if (required.contains(path)) {
                add(FieldErrorCode.REQUIRED.at(path));
            }
            return null;
        }

        private boolean hasError(String path) {
            return errors.stream().anyMatch(e -> e.field().equals(path));
        }

        private void unknownKeys(ObjectNode node, String prefix, List<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    add(FieldErrorCode.UNKNOWN_FIELD.at(prefix + echoed(name)));
                }
            }
        }

        private void add(FieldError error) {
            if (errors.size() < MAX_FIELD_ERRORS) {
                errors.add(error);
            }
        }

        private static List<String> keys(List<String> paths) {
            return paths.stream().map(ApplicationFields::key).collect(Collectors.toList());
        }

        /** A client's key as it may appear in an error: cleaned and cut, so it cannot flood or garble it. */
        private static String echoed(String key) {
            String cleaned = Texts.oneLine(key);
            if (cleaned == null) {
                return "?";
            }
            return Texts.length(cleaned) <= MAX_ECHOED_KEY_LENGTH ? cleaned
                    : cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_ECHOED_KEY_LENGTH)) + "…";
        }
    }
}
