package fr.interconnectes.candidatures.http.applications;

import static fr.interconnectes.candidatures.http.applications.Forms.PARSER;
import static fr.interconnectes.candidatures.http.applications.Forms.json;
import static fr.interconnectes.candidatures.http.applications.Forms.label;
import static fr.interconnectes.candidatures.http.applications.Forms.map;
import static fr.interconnectes.candidatures.http.applications.Forms.parse;
import static fr.interconnectes.candidatures.http.applications.Forms.startup;
import static fr.interconnectes.candidatures.http.applications.Forms.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationFormParserTest {

    static List<FieldError> errors(String body, Track track) {
        try {
            PARSER.parse(body, track);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            return e.fieldErrors();
        }
        throw new AssertionError("expected a validation failure for " + body);
    }

    static List<FieldError> errors(Map<String, Object> body, Track track) {
        return errors(json(body), track);
    }

    /** The only error of a body: its field and code. */
    static void assertSingleError(Map<String, Object> body, Track track, String field, String code) {
        assertThat(errors(body, track)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple(field, code));
    }

    @Nested
    class ValidForms {

        @Test
        void label_form_is_read_with_every_field() {
            ApplicationForm form = parse(label(), Track.LABEL);

            assertThat(form.track()).isEqualTo(Track.LABEL);
            assertThat(form.language()).isEqualTo(Language.FR);
            assertThat(form.applicant()).isEqualTo(new Applicant("Ville de Paris", OrganisationKind.COMMUNE,
                    "217500016", null, new Contact("Camille Martin", "Cheffe de projet numérique",
                    "camille.martin@ville-exemple.fr", "+33123456789")));
            assertThat(form.project()).isEqualTo(new LabelProject(
                    "Plateforme citoyenne de signalement",
                    "Une application pour signaler les incidents de voirie.",
                    "Première ligne.\nDeuxième ligne.",
                    ProjectStage.EN_COURS,
                    "Métropole, associations de quartier",
                    "Ateliers de co-conception avec les habitants",
                    "Code ouvert, API standard",
                    "Délai de traitement divisé par deux"));
        }

        @Test
        void startup_form_is_read_with_every_field() {
            ApplicationForm form = parse(startup(), Track.STARTUP);

            assertThat(form.track()).isEqualTo(Track.STARTUP);
            assertThat(form.language()).isEqualTo(Language.EN);
            assertThat(form.applicant().kind()).isEqualTo(OrganisationKind.STARTUP);
            assertThat(form.applicant().contact().phone()).isEqualTo("+33612345678");
            assertThat(form.project()).isEqualTo(new StartupProject(
                    "Capteurs de qualité de l'air",
                    "Des capteurs bon marché pour les écoles.",
                    "Nous fabriquons des capteurs.",
                    "https://startup.io",
                    2019,
                    "Suivi de l'air dans les écoles d'une commune"));
        }

        @ParameterizedTest
        @EnumSource(Track.class)
        void a_draft_needs_only_the_fields_required_to_save(Track track) {
            Map<String, Object> body = map(
                    "applicant", map("organisation", "Org", "kind", track == Track.LABEL ? "epci" : "startup",
                            "contact", map("name", "Jo Doe", "email", "jo@example.fr")),
                    "project", map("title", "Mon projet"));

            ApplicationForm form = parse(body, track);

            assertThat(form.applicant().siren()).isNull();
            assertThat(form.applicant().contact().phone()).isNull();
            assertThat(form.project().title()).isEqualTo("Mon projet");
            assertThat(form.project().summary()).isNull();
            assertThat(form.language()).isEqualTo(Language.FR);
        }

        @Test
        void json_nulls_and_blank_strings_count_as_missing() {
            String body = """
                    {"applicant": {"organisation": "Org", "kind": "region", "siren": null, "siret": "   ",
                                   "contact": {"name": "Jo Doe", "email": "jo@example.fr", "role": "\\u0007 ",
                                               "phone": null}},
                     "project": {"title": "Mon projet", "summary": " \\n\\t ", "stage": null},
                     "language": null}""";

            ApplicationForm form = PARSER.parse(body, Track.LABEL);

            assertThat(form.applicant().siren()).isNull();
            assertThat(form.applicant().siret()).isNull();
            assertThat(form.applicant().contact().role()).isNull();
            assertThat(form.project().summary()).isNull();
            assertThat(form.language()).isEqualTo(Language.FR);
        }

        @Test
        void a_leading_byte_order_mark_is_tolerated() {
            assertThat(PARSER.parse("\uFEFF" + json(label()), Track.LABEL).applicant().organisation())
                    .isEqualTo("Ville de Paris");
        }
    }

    @Nested
    class Required {

        @ParameterizedTest
        @ValueSource(strings = {"applicant.organisation", "applicant.kind", "applicant.contact.name",
                "applicant.contact.email", "project.title"})
        void missing_required_field(String path) {
            assertSingleError(with(label(), path, null), Track.LABEL, path, "required");
            assertSingleError(with(startup(), path, null), Track.STARTUP, path, "required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t\n", "\u0000\u0001"})
        void blank_after_cleaning_is_missing(String blank) {
            assertSingleError(with(label(), "applicant.organisation", blank), Track.LABEL,
                    "applicant.organisation", "required");
        }

        @Test
        void an_empty_body_object_reports_each_required_field() {
            assertThat(errors("{}", Track.LABEL)).extracting(FieldError::field).containsExactly(
                    "applicant.organisation", "applicant.kind", "applicant.contact.name",
                    "applicant.contact.email", "project.title");
            assertThat(errors("{}", Track.LABEL)).extracting(FieldError::code).containsOnly("required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"applicant.siren", "applicant.contact.role", "applicant.contact.phone",
                "project.summary", "project.description", "project.stage", "project.partners",
                "project.userInvolvement", "project.pooling", "project.returnOnInvestment", "language"})
        void other_label_fields_may_be_missing_in_a_draft(String path) {
            assertThat(parse(with(label(), path, null), Track.LABEL)).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"project.website", "project.foundingYear", "project.territorialUseCase"})
        void other_startup_fields_may_be_missing_in_a_draft(String path) {
            assertThat(parse(with(startup(), path, null), Track.STARTUP)).isNotNull();
        }
    }

    @Nested
    class Lengths {

        @Test
        void organisation_is_2_to_200_characters() {
            assertThat(parse(with(label(), "applicant.organisation", "x".repeat(200)), Track.LABEL)).isNotNull();
            assertThat(parse(with(label(), "applicant.organisation", "AB"), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), "applicant.organisation", "x".repeat(201)), Track.LABEL,
                    "applicant.organisation", "too_long");
            assertSingleError(with(label(), "applicant.organisation", "A"), Track.LABEL,
                    "applicant.organisation", "too_short");
        }

        @Test
        void contact_name_and_role_are_at_most_120_characters() {
            assertThat(parse(with(with(label(), "applicant.contact.name", "n".repeat(120)),
                    "applicant.contact.role", "r".repeat(120)), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), "applicant.contact.name", "n".repeat(121)), Track.LABEL,
                    "applicant.contact.name", "too_long");
            assertSingleError(with(label(), "applicant.contact.role", "r".repeat(121)), Track.LABEL,
                    "applicant.contact.role", "too_long");
            assertSingleError(with(label(), "applicant.contact.name", "J"), Track.LABEL,
                    "applicant.contact.name", "too_short");
        }

        @Test
        void title_is_3_to_200_characters() {
            assertThat(parse(with(label(), "project.title", "t".repeat(200)), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), "project.title", "t".repeat(201)), Track.LABEL,
                    "project.title", "too_long");
            assertSingleError(with(startup(), "project.title", "ab"), Track.STARTUP, "project.title", "too_short");
        }

        @Test
        void summary_is_at_most_1000_characters() {
            assertThat(parse(with(label(), "project.summary", "s".repeat(1000)), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), "project.summary", "s".repeat(1001)), Track.LABEL,
                    "project.summary", "too_long");
        }

        @ParameterizedTest
        @ValueSource(strings = {"project.description", "project.partners", "project.userInvolvement",
                "project.pooling", "project.returnOnInvestment"})
        void label_long_texts_are_at_most_8000_characters(String path) {
            assertThat(parse(with(label(), path, "l".repeat(8000)), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), path, "l".repeat(8001)), Track.LABEL, path, "too_long");
        }

        @ParameterizedTest
        @ValueSource(strings = {"project.description", "project.territorialUseCase"})
        void startup_long_texts_are_at_most_8000_characters(String path) {
            assertThat(parse(with(startup(), path, "l".repeat(8000)), Track.STARTUP)).isNotNull();
            assertSingleError(with(startup(), path, "l".repeat(8001)), Track.STARTUP, path, "too_long");
        }

        @Test
        void email_is_at_most_254_characters() {
            String local = "a".repeat(64);
            String domain254 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".fr";
            String email254 = local + "@" + domain254;
            assertThat(email254).hasSize(254);
            assertThat(parse(with(label(), "applicant.contact.email", email254), Track.LABEL)).isNotNull();
            assertSingleError(with(label(), "applicant.contact.email", "e" + email254), Track.LABEL,
                    "applicant.contact.email", "too_long");
        }

        @Test
        void website_is_at_most_2048_characters() {
            String url = "https://startup.io/" + "p".repeat(2048 - 19);
            assertThat(parse(with(startup(), "project.website", url), Track.STARTUP)).isNotNull();
            assertSingleError(with(startup(), "project.website", url + "p"), Track.STARTUP,
                    "project.website", "too_long");
        }

        @Test
        void lengths_count_characters_after_normalisation_not_bytes_or_utf16_units() {
            // 200 composed letters, sent decomposed (400 code points), fit the 200 limit
            String decomposed = "e\u0301".repeat(200);
            assertThat(parse(with(label(), "applicant.organisation", decomposed), Track.LABEL)
                    .applicant().organisation()).isEqualTo("é".repeat(200));
            // 200 emoji are 400 UTF-16 units but 200 characters
            assertThat(parse(with(label(), "project.title", "🚲".repeat(200)), Track.LABEL)).isNotNull();
            // surrounding spaces do not count
            assertThat(parse(with(label(), "project.title", "  " + "t".repeat(200) + "  "), Track.LABEL))
                    .isNotNull();
        }
    }

    @Nested
    class Normalisation {

        @Test
        void decomposed_accents_are_composed_nfc() {
            ApplicationForm form = parse(with(with(label(), "applicant.organisation", "Re\u0301gion Occitanie"),
                    "project.description", "Cre\u0301ation d\u2019un service"), Track.LABEL);

            assertThat(form.applicant().organisation()).isEqualTo("R\u00e9gion Occitanie").hasSize(16);
            assertThat(form.project().description()).isEqualTo("Cr\u00e9ation d\u2019un service");
        }

        @Test
        void control_characters_are_stripped_and_text_trimmed() {
            ApplicationForm form = parse(with(label(), "applicant.organisation",
                    "  \u0000Ville\u0007 de\u001B Lyon\u007F\u0085  "), Track.LABEL);

            assertThat(form.applicant().organisation()).isEqualTo("Ville de Lyon");
        }

        @Test
        void one_line_fields_turn_tabs_and_line_breaks_into_one_space() {
            ApplicationForm form = parse(with(with(label(), "applicant.contact.name", "Jean\tDupont"),
                    "project.title", "Un titre\r\nsur deux lignes"), Track.LABEL);

            assertThat(form.applicant().contact().name()).isEqualTo("Jean Dupont");
            assertThat(form.project().title()).isEqualTo("Un titre sur deux lignes");
        }

        @Test
        void long_texts_keep_line_breaks_and_tabs() {
            ApplicationForm form = parse(with(with(label(), "project.description",
                            "\n  Ligne 1\r\n\tLigne 2\u0000\rLigne 3\n\n"),
                    "project.summary", "Résumé\n\t- point"), Track.LABEL);

            assertThat(form.project().description()).isEqualTo("Ligne 1\n\tLigne 2\nLigne 3");
            assertThat(form.project().summary()).isEqualTo("Résumé\n\t- point");
        }

        @Test
        void email_domain_is_lower_cased_and_local_part_kept() {
            assertThat(parse(with(label(), "applicant.contact.email", " Camille.Martin@Ville-EXEMPLE.Fr "),
                    Track.LABEL).applicant().contact().email()).isEqualTo("Camille.Martin@ville-exemple.fr");
        }

        @Test
        void codes_are_case_insensitive_and_stored_canonical() {
            ApplicationForm form = parse(with(with(with(label(), "applicant.kind", " EPCI "),
                    "project.stage", "Realise"), "language", "EN"), Track.LABEL);

            assertThat(form.applicant().kind()).isEqualTo(OrganisationKind.EPCI);
            assertThat(form.project()).extracting(p -> ((LabelProject) p).stage()).isEqualTo(ProjectStage.REALISE);
            assertThat(form.language()).isEqualTo(Language.EN);
        }
    }

    @Nested
    class Siren {

        @ParameterizedTest
        @ValueSource(strings = {"732829320", "356000000", "217500016", "123456782", "732 829 320",
                " 732 829 320 ", "732\u00a0829\u202f320"})
        void valid_siren_is_stored_as_9_digits(String siren) {
            assertThat(parse(with(label(), "applicant.siren", siren), Track.LABEL).applicant().siren())
                    .matches("[0-9]{9}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"732829321", "73282932", "7328293200", "73282932O", "000000000",
                "732-829-320", "73282932000074", "abc"})
        void invalid_siren(String siren) {
            assertSingleError(with(label(), "applicant.siren", siren), Track.LABEL, "applicant.siren",
                    "invalid_siren");
        }

        @ParameterizedTest
        @ValueSource(strings = {"73282932000074", "35600000000048", "35600000000001", "73282932000124",
                "732 829 320 00074"})
        void valid_siret(String siret) {
            Map<String, Object> body = with(with(label(), "applicant.siren", null), "applicant.siret", siret);
            Applicant applicant = parse(body, Track.LABEL).applicant();

            assertThat(applicant.siret()).isEqualTo(siret.replace(" ", ""));
            assertThat(applicant.siren()).as("filled from the SIRET").isEqualTo(applicant.siret().substring(0, 9));
        }

        @ParameterizedTest
        @ValueSource(strings = {"73282932000075", "35600000000002", "7328293200007", "732829320000741",
                "00000000000000", "732829320"})
        void invalid_siret(String siret) {
            assertSingleError(with(label(), "applicant.siret", siret), Track.LABEL, "applicant.siret",
                    "invalid_siret");
        }

        @Test
        void siret_and_siren_together_must_agree() {
            Map<String, Object> body = with(with(label(), "applicant.siren", "732829320"),
                    "applicant.siret", "73282932000074");
            assertThat(parse(body, Track.LABEL).applicant())
                    .extracting(Applicant::siren, Applicant::siret)
                    .containsExactly("732829320", "73282932000074");

            assertSingleError(with(body, "applicant.siret", "35600000000048"), Track.LABEL, "applicant.siret",
                    "siret_mismatch");
        }

        @Test
        void a_blank_siren_is_filled_from_the_siret() {
            Map<String, Object> body = with(with(label(), "applicant.siren", "  "), "applicant.siret", "35600000000001");
            assertThat(parse(body, Track.LABEL).applicant().siren()).isEqualTo("356000000");
        }

        @Test
        void an_invalid_siren_is_not_replaced_by_the_siret() {
            Map<String, Object> body = with(with(label(), "applicant.siren", "732829321"),
                    "applicant.siret", "73282932000074");
            assertSingleError(body, Track.LABEL, "applicant.siren", "invalid_siren");
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @ValueSource(strings = {"camille@ville.fr", "c.martin+candidature@mairie.ville-exemple.fr",
                "o'brien@example.co.uk", "élodie@collectivité.fr", "x@xn--collectivit-ieb.fr"})
        void valid(String email) {
            assertThat(parse(with(label(), "applicant.contact.email", email), Track.LABEL)
                    .applicant().contact().email()).isEqualTo(email);
        }

        @ParameterizedTest
        @ValueSource(strings = {"camille", "camille@", "@ville.fr", "camille@ville", "ca mille@ville.fr",
                "camille@@ville.fr", "a@b@ville.fr", "camille..martin@ville.fr", "camille@ville..fr",
                ".camille@ville.fr", "camille.@ville.fr", "camille@.ville.fr", "camille@ville.fr.",
                "camille@-ville.fr", "camille@ville.f", "camille@ville.123", "camille@[10.0.0.1]",
                "camille<script>@ville.fr"})
        void invalid(String email) {
            assertSingleError(with(label(), "applicant.contact.email", email), Track.LABEL,
                    "applicant.contact.email", "invalid_email");
        }
    }

    @Nested
    class Phone {

        @ParameterizedTest(name = "{0} -> {1}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "0123456789        | +33123456789",
                "01 23 45 67 89    | +33123456789",
                "01.23.45.67.89    | +33123456789",
                "01-23-45-67-89    | +33123456789",
                "06 12 34 56 78    | +33612345678",
                "07.12.34.56.78    | +33712345678",
                "09 87 65 43 21    | +33987654321",
                "+33 6 12 34 56 78 | +33612345678",
                "+33612345678      | +33612345678",
                "+33 1.23.45.67.89 | +33123456789",
                "0692 12 34 56     | +262692123456",
                "02 62 12 34 56    | +262262123456",
                "0590 12 34 56     | +590590123456",
                "0694 12 34 56     | +594694123456",
                "0696 12 34 56     | +596696123456",
                "+262 692 12 34 56 | +262692123456"})
        void french_numbers_are_normalised_to_e164(String input, String e164) {
            assertThat(parse(with(label(), "applicant.contact.phone", input), Track.LABEL)
                    .applicant().contact().phone()).isEqualTo(e164);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0023456789", "012345678", "01234567890", "+33 0 12 34 56 78", "+3312345678",
                "+44 20 7946 0958", "33612345678", "06 12 34 56 7a", "06/12/34/56/78", "0033 6 12 34 56 78",
                "+33 (0)6 12 34 56 78", "tel:0612345678"})
        void other_numbers_are_invalid(String input) {
            assertSingleError(with(label(), "applicant.contact.phone", input), Track.LABEL,
                    "applicant.contact.phone", "invalid_phone");
        }
    }

    @Nested
    class Enums {

        @ParameterizedTest
        @ValueSource(strings = {"commune", "epci", "departement", "region", "syndicat", "autre"})
        void label_kinds(String kind) {
            assertThat(parse(with(label(), "applicant.kind", kind), Track.LABEL).applicant().kind().code())
                    .isEqualTo(kind);
        }

        @ParameterizedTest
        @ValueSource(strings = {"startup", "association", "mairie", "communes"})
        void other_kinds_are_refused_for_the_label(String kind) {
            List<FieldError> errors = errors(with(label(), "applicant.kind", kind), Track.LABEL);
            assertThat(errors).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("applicant.kind", "invalid_enum"));
            assertThat(errors.get(0).message().fr())
                    .contains("commune, epci, departement, region, syndicat, autre");
        }

        @ParameterizedTest
        @ValueSource(strings = {"commune", "epci", "region", "entreprise"})
        void only_startup_for_the_contest(String kind) {
            List<FieldError> errors = errors(with(startup(), "applicant.kind", kind), Track.STARTUP);
            assertThat(errors).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("applicant.kind", "invalid_enum"));
            assertThat(errors.get(0).message().en()).contains("Possible values: startup.");
        }

        @Test
        void stage_is_en_cours_or_realise() {
            assertThat(parse(with(label(), "project.stage", "realise"), Track.LABEL).project())
                    .extracting(p -> ((LabelProject) p).stage()).isEqualTo(ProjectStage.REALISE);
            assertSingleError(with(label(), "project.stage", "termine"), Track.LABEL, "project.stage",
                    "invalid_enum");
        }

        @Test
        void language_is_fr_or_en_and_french_by_default() {
            assertThat(parse(with(label(), "language", "en"), Track.LABEL).language()).isEqualTo(Language.EN);
            assertThat(parse(with(label(), "language", "fr"), Track.LABEL).language()).isEqualTo(Language.FR);
            assertThat(parse(with(label(), "language", null), Track.LABEL).language()).isEqualTo(Language.FR);
            assertSingleError(with(label(), "language", "de"), Track.LABEL, "language", "invalid_enum");
        }
    }

    @Nested
    class StartupFields {

        @ParameterizedTest
        @ValueSource(strings = {"https://startup.io", "http://startup.io", "https://www.startup.fr/fr/produit?x=1#a",
                "HTTPS://Startup.IO", "https://startup.io:8443/", "https://café.fr"})
        void valid_websites(String url) {
            assertThat(((StartupProject) parse(with(startup(), "project.website", url), Track.STARTUP).project())
                    .website()).isEqualTo(url);
        }

        @ParameterizedTest
        @ValueSource(strings = {"startup.io", "www.startup.io", "ftp://startup.io", "javascript:alert(1)",
                "https://", "https://localhost", "https://startup", "https://start up.io", "http//startup.io",
                "https://bank.fr@evil.io", "https://startup.io:port", "mailto:alex@startup.io",
                "https://192.168.0.1/"})
        void invalid_websites(String url) {
            assertSingleError(with(startup(), "project.website", url), Track.STARTUP, "project.website",
                    "invalid_url");
        }

        @ParameterizedTest
        @ValueSource(ints = {1900, 1999, 2025})
        void founding_year_from_1900_to_this_year(int year) {
            assertThat(((StartupProject) parse(with(startup(), "project.foundingYear", year), Track.STARTUP)
                    .project()).foundingYear()).isEqualTo(year);
        }

        @ParameterizedTest
        @ValueSource(longs = {1899, 2026, 0, -2019, 20190, 3_000_000_000L})
        void founding_year_out_of_range(long year) {
            List<FieldError> errors = errors(with(startup(), "project.foundingYear", year), Track.STARTUP);
            assertThat(errors).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("project.foundingYear", "invalid_year"));
            assertThat(errors.get(0).message().fr()).contains("de 1900 à 2025");
            assertThat(errors.get(0).message().en()).contains("from 1900 to 2025");
        }

        @Test
        void founding_year_must_be_a_json_integer() {
            assertSingleError(with(startup(), "project.foundingYear", "2019"), Track.STARTUP,
                    "project.foundingYear", "wrong_type");
            assertSingleError(with(startup(), "project.foundingYear", 2019.5), Track.STARTUP,
                    "project.foundingYear", "wrong_type");
        }

        @Test
        void the_current_year_is_the_year_in_paris() {
            // 31 December 2025, 23:30 UTC is already 2026 in Paris
            ApplicationFormParser newYearsEve = new ApplicationFormParser(
                    Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC));
            ApplicationForm form = newYearsEve.parse(json(with(startup(), "project.foundingYear", 2026)),
                    Track.STARTUP);
            assertThat(((StartupProject) form.project()).foundingYear()).isEqualTo(2026);
        }
    }

    @Nested
    class UnknownFieldsAndTypes {

        @Test
        void unknown_fields_at_the_root() {
            assertThat(errors(with(with(label(), "status", "submitted"), "id", "x"), Track.LABEL))
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("status", "unknown_field"), tuple("id", "unknown_field"));
        }

        @Test
        void unknown_fields_when_nested() {
            Map<String, Object> body = with(with(with(label(), "applicant.address", "1 rue"),
                    "applicant.contact.fax", "01"), "project.budget", 1000);
            assertThat(errors(body, Track.LABEL)).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("applicant.address", "unknown_field"),
                            tuple("applicant.contact.fax", "unknown_field"),
                            tuple("project.budget", "unknown_field"));
        }

        @Test
        void fields_of_the_other_track_are_unknown() {
            assertSingleError(with(label(), "project.website", "https://ville.fr"), Track.LABEL,
                    "project.website", "unknown_field");
            assertSingleError(with(startup(), "project.stage", "en_cours"), Track.STARTUP,
                    "project.stage", "unknown_field");
        }

        @Test
        void an_echoed_unknown_key_is_cleaned_and_cut() {
            List<FieldError> errors = errors(with(label(), "\u0000x" + "k".repeat(100), 1), Track.LABEL);
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("unknown_field");
                assertThat(e.field()).isEqualTo("x" + "k".repeat(63) + "…");
            });
        }

        @Test
        void unknown_field_errors_are_capped() {
            Map<String, Object> body = label();
            for (int i = 0; i < 500; i++) {
                body.put("extra" + i, i);
            }
            assertThat(errors(body, Track.LABEL)).hasSize(ApplicationFormParser.MAX_FIELD_ERRORS);
        }

        @Test
        void wrong_types_of_strings() {
            Map<String, Object> body = with(with(with(with(label(), "applicant.organisation", 42),
                    "applicant.siren", 732829320), "applicant.contact.email", List.of("a@b.fr")),
                    "project.summary", Map.of("fr", "x"));
            assertThat(errors(body, Track.LABEL)).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("applicant.organisation", "wrong_type"),
                            tuple("applicant.siren", "wrong_type"),
                            tuple("applicant.contact.email", "wrong_type"),
                            tuple("project.summary", "wrong_type"));
        }

        @Test
        void booleans_are_not_strings_either() {
            assertSingleError(with(label(), "language", true), Track.LABEL, "language", "wrong_type");
        }

        @Test
        void an_object_of_the_wrong_type_is_one_error() {
            assertThat(errors(with(with(label(), "applicant", "Ville de Paris"), "project", List.of()), Track.LABEL))
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("applicant", "wrong_type"), tuple("project", "wrong_type"));
            assertSingleError(with(label(), "applicant.contact", "Camille"), Track.LABEL,
                    "applicant.contact", "wrong_type");
        }

        @Test
        void wrong_type_messages_name_the_expected_type_in_both_languages() {
            FieldError error = errors(with(label(), "applicant.contact", 1), Track.LABEL).get(0);
            assertThat(error.message().fr()).isEqualTo("Type de valeur incorrect : un objet est attendu.");
            assertThat(error.message().en()).isEqualTo("Wrong value type: an object is expected.");
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void five_faults_give_five_field_errors() {
            Map<String, Object> body = label();
            with(body, "applicant.siren", "123456789");                 // bad check digit
            with(body, "applicant.contact.email", "camille@ville");    // no TLD
            with(body, "applicant.contact.phone", "+44 20 7946 0958"); // not French
            with(body, "project.title", null);                          // required
            with(body, "project.colour", "blue");                       // unknown

            DomainException error = catchDomainException(json(body), Track.LABEL);

            assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(error.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                    tuple("applicant.siren", "invalid_siren"),
                    tuple("applicant.contact.email", "invalid_email"),
                    tuple("applicant.contact.phone", "invalid_phone"),
                    tuple("project.colour", "unknown_field"),
                    tuple("project.title", "required"));
        }

        @Test
        void startup_faults_are_all_reported_too() {
            Map<String, Object> body = startup();
            with(body, "applicant.kind", "commune");
            with(body, "applicant.siret", "12345678901234");
            with(body, "project.website", "startup.io");
            with(body, "project.foundingYear", 1800);
            with(body, "project.summary", "s".repeat(1001));
            with(body, "language", "es");

            assertThat(errors(body, Track.STARTUP)).extracting(FieldError::field).containsExactly(
                    "applicant.kind", "applicant.siret", "project.summary", "project.website",
                    "project.foundingYear", "language");
        }

        @Test
        void every_message_is_in_french_and_in_english() {
            Map<String, Object> body = startup();
            with(body, "applicant.organisation", "x".repeat(300));
            with(body, "applicant.kind", "commune");
            with(body, "applicant.siren", "1");
            with(body, "applicant.siret", "1");
            with(body, "applicant.contact.name", null);
            with(body, "applicant.contact.email", "x");
            with(body, "applicant.contact.phone", "x");
            with(body, "project.title", "x");
            with(body, "project.website", "x");
            with(body, "project.foundingYear", "x");
            with(body, "project.stage", "x");

            List<FieldError> errors = errors(body, Track.STARTUP);

            assertThat(errors).extracting(FieldError::code).containsExactlyInAnyOrder("too_long",
                    "invalid_enum", "invalid_siren", "invalid_siret", "required", "invalid_email",
                    "invalid_phone", "too_short", "invalid_url", "wrong_type", "unknown_field");
            assertThat(errors).allSatisfy(e -> {
                assertThat(e.message().fr()).isNotBlank();
                assertThat(e.message().en()).isNotBlank().isNotEqualTo(e.message().fr());
                assertThat(e.message().in(Language.FR)).isEqualTo(e.message().fr());
                assertThat(e.message().in(Language.EN)).isEqualTo(e.message().en());
            });
            assertThat(errors).filteredOn(e -> e.code().equals("too_long")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.message().fr()).isEqualTo("Ce champ ne doit pas dépasser 200 caractères.");
                        assertThat(e.message().en()).isEqualTo("This field must not exceed 200 characters.");
                    });
        }
    }

    @Nested
    class BodyAndSyntax {

        @Test
        void body_over_the_default_64_kib_is_too_large() {
            String body = json(with(label(), "project.description", "d".repeat(70_000)));

            assertThatThrownBy(() -> PARSER.parse(body, Track.LABEL))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
                        assertThat(e.message(Language.EN)).contains("65,536 bytes");
                        assertThat(e.fieldErrors()).isEmpty();
                    });
        }

        @Test
        void the_cap_counts_utf8_bytes_not_characters() {
            String body = json(label());
            long bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(bytes).isGreaterThan(body.length());

            assertThat(PARSER.parse(body, Track.LABEL, bytes)).isNotNull();
            assertThat(catchDomainException(body, Track.LABEL, bytes - 1).code()).isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
            assertThat(catchDomainException(body, Track.LABEL, body.length()).code())
                    .isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
        }

        @Test
        void utf8_length_counts_each_kind_of_character() {
            String text = "a" + "é" + "€" + "🚲" + "\ud800";
            assertThat(ApplicationFormParser.utf8Length(text, Long.MAX_VALUE)).isEqualTo(1 + 2 + 3 + 4 + 3);
        }

        @Test
        void the_size_is_checked_before_the_syntax() {
            assertThat(catchDomainException("x".repeat(100), Track.LABEL, 10).code())
                    .isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "not json", "{", "{\"applicant\": }", "[]", "[{}]", "\"text\"", "42",
                "null", "true", "{} {}", "{}x", "{\"language\": \"fr\", \"language\": \"en\"}",
                "{'language': 'fr'}"})
        void malformed_json(String body) {
            DomainException error = catchDomainException(body, Track.LABEL);
            assertThat(error.code()).isEqualTo(HttpErrorCode.MALFORMED_JSON);
            assertThat(error.message(Language.FR)).isEqualTo("Le corps de la requête n'est pas un JSON valide.");
            assertThat(error.message(Language.EN)).isEqualTo("The request body is not valid JSON.");
        }

        @Test
        void a_missing_body_is_malformed() {
            assertThat(catchDomainException(null, Track.LABEL).code()).isEqualTo(HttpErrorCode.MALFORMED_JSON);
        }
    }

    static DomainException catchDomainException(String body, Track track) {
        return catchDomainException(body, track, ApplicationFormParser.DEFAULT_MAX_BODY_BYTES);
    }

    static DomainException catchDomainException(String body, Track track, long maxBytes) {
        try {
            PARSER.parse(body, track, maxBytes);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }
}
