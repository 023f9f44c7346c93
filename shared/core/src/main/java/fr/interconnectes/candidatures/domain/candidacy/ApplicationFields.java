package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.Track;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the application form: their JSON paths, the length limits and which are required, per
 * track. Lengths are counted in Unicode code points, after normalisation (NFC, control characters removed,
 * trimmed).
 *
 * <p>Two levels of "required": {@link #requiredToSave(Track)} is what a draft needs to be created or
 * updated at all (who applies, whom to write to, what the project is called); the parser enforces it.
 * {@link #requiredToSubmit(Track)} is everything a complete dossier has; the completeness check before
 * submission uses it (the parser does not).
 */
public final class ApplicationFields {

    // ---- length limits (code points) ------------------------------------------------------------------
    public static final int ORGANISATION_MIN_LENGTH = 2;
    public static final int ORGANISATION_MAX_LENGTH = 200;
    /** Contact name. */
    public static final int NAME_MIN_LENGTH = 2;
    /** Contact name and role. */
    public static final int NAME_MAX_LENGTH = 120;
    public static final int TITLE_MIN_LENGTH = 3;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 1_000;
    /** Description, partners, userInvolvement, pooling, returnOnInvestment, territorialUseCase. */
    public static final int LONG_TEXT_MAX_LENGTH = 8_000;
    /** RFC 5321 path limit. */
    public static final int EMAIL_MAX_LENGTH = 254;
    /** RFC 5321 local-part limit. */
    public static final int EMAIL_LOCAL_PART_MAX_LENGTH = 64;
    public static final int URL_MAX_LENGTH = 2_048;
    public static final int MIN_FOUNDING_YEAR = 1900;

    // ---- JSON paths ---------------------------------------------------------------------------------------
    public static final String APPLICANT = "applicant";
    public static final String ORGANISATION = "applicant.organisation";
    public static final String KIND = "applicant.kind";
    public static final String SIREN = "applicant.siren";
    public static final String SIRET = "applicant.siret";
    public static final String CONTACT = "applicant.contact";
    public static final String CONTACT_NAME = "applicant.contact.name";
    public static final String CONTACT_ROLE = "applicant.contact.role";
    public static final String CONTACT_EMAIL = "applicant.contact.email";
    public static final String CONTACT_PHONE = "applicant.contact.phone";
    public static final String PROJECT = "project";
    public static final String TITLE = "project.title";
    public static final String SUMMARY = "project.summary";
    public static final String DESCRIPTION = "project.description";
    public static final String STAGE = "project.stage";
    public static final String PARTNERS = "project.partners";
    public static final String USER_INVOLVEMENT = "project.userInvolvement";
    public static final String POOLING = "project.pooling";
    public static final String RETURN_ON_INVESTMENT = "project.returnOnInvestment";
    public static final String WEBSITE = "project.website";
    public static final String FOUNDING_YEAR = "project.foundingYear";
    public static final String TERRITORIAL_USE_CASE = "project.territorialUseCase";
    public static final String LANGUAGE = "language";

    /** The keys each object of a form may hold. */
    public static final List<String> ROOT_KEYS = List.of("applicant", "project", "language");
    public static final List<String> APPLICANT_KEYS = List.of("organisation", "kind", "siren", "siret", "contact");
    public static final List<String> CONTACT_KEYS = List.of("name", "role", "email", "phone");

    private static final List<String> LABEL_PROJECT = List.of(TITLE, SUMMARY, DESCRIPTION, STAGE, PARTNERS,
            USER_INVOLVEMENT, POOLING, RETURN_ON_INVESTMENT);
    private static final List<String> STARTUP_PROJECT = List.of(TITLE, SUMMARY, DESCRIPTION, WEBSITE,
            FOUNDING_YEAR, TERRITORIAL_USE_CASE);
    private static final List<String> APPLICANT_FIELDS = List.of(ORGANISATION, KIND, SIREN, SIRET, CONTACT_NAME,
            CONTACT_ROLE, CONTACT_EMAIL, CONTACT_PHONE);
    private static final List<String> REQUIRED_TO_SAVE = List.of(ORGANISATION, KIND, CONTACT_NAME, CONTACT_EMAIL,
            TITLE);

    private ApplicationFields() {
    }

    /** The project's fields for a track, as JSON paths, in form order. */
    public static List<String> projectFields(Track track) {
        return track == Track.LABEL ? LABEL_PROJECT : STARTUP_PROJECT;
    }

    /** Every field of the form for a track, as JSON paths, in form order ({@code language} last). */
    public static List<String> all(Track track) {
        List<String> all = new ArrayList<>(APPLICANT_FIELDS);
        all.addAll(projectFields(track));
        all.add(LANGUAGE);
        return List.copyOf(all);
    }

    /** What a draft needs to be saved; the same for both tracks. */
    public static List<String> requiredToSave(Track track) {
        return REQUIRED_TO_SAVE;
    }

    /**
     * What a complete dossier has: every field except {@code applicant.siret} (optional; the SIREN is
     * required and filled from a SIRET) and {@code language} (defaults to French).
     */
    public static List<String> requiredToSubmit(Track track) {
        return all(track).stream().filter(f -> !f.equals(SIRET) && !f.equals(LANGUAGE)).toList();
    }

    /** The last segment of a path: {@code "applicant.contact.email"} gives {@code "email"}. */
    public static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
