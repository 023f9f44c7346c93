package fr.interconnectes.candidatures.http.applications;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.http.ApiRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantRequestsTest {

    static final String AUTHORIZATION = "Bearer token-of-the-applicant";

    private final ApplicantRequests requests = new ApplicantRequests(Forms.CLOCK);

    private static ApiRequest request(Map<String, String> pathParameters, Map<String, String> headers, String body) {
        return new ApiRequest("POST", "/", pathParameters, Map.of(), headers, body, "request-1");
    }

    private static ApiRequest toDossier(Map<String, String> headers, String body) {
        return request(Map.of("candidacyId", "c1", "attachmentId", "a1"), headers, body);
    }

    @Nested
    class IdempotencyKeys {

        @ParameterizedTest
        @ValueSource(strings = {"12345678", "3f9c2a7e-0b1d-4c55-9e6a-2d8f1b7c4a90", "01J9Z3K7W8X2Y4V6T0S1R5Q3P9",
                "!~#$%&'*+-.^_`|{}[]()<>"})
        void a_key_of_printable_characters_goes_through(String key) {
            assertThat(ApplicantRequests.idempotencyKey(Optional.of(key))).contains(key);
        }

        @Test
        void a_key_of_128_characters_goes_through_and_one_of_129_does_not() {
            assertThat(ApplicantRequests.idempotencyKey(Optional.of("k".repeat(128)))).contains("k".repeat(128));
            assertThat(refusal(() -> ApplicantRequests.idempotencyKey(Optional.of("k".repeat(129)))).code())
                    .isEqualTo(HttpErrorCode.INVALID_IDEMPOTENCY_KEY);
        }

        @Test
        void no_header_is_no_key() {
            assertThat(ApplicantRequests.idempotencyKey(Optional.empty())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1234567", "avec des espaces", "clé-accentuée", "tab\tulated-key", "line\nbreak-key"})
        void anything_else_is_refused(String key) {
            assertThat(refusal(() -> ApplicantRequests.idempotencyKey(Optional.of(key))).code())
                    .isEqualTo(HttpErrorCode.INVALID_IDEMPOTENCY_KEY);
        }
    }

    @Nested
    class IfMatch {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "*", " * "})
        void none_or_any_expects_no_version(String header) {
            assertThat(ApplicantRequests.expectedVersion(header)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" "})
        void the_etag_names_the_version_strong_weak_or_bare(String header) {
            assertThat(ApplicantRequests.expectedVersion(header)).hasValue(3);
        }

        @Test
        void a_version_of_18_digits_is_read() {
            assertThat(ApplicantRequests.expectedVersion("\"999999999999999999\"")).hasValue(999_999_999_999_999_999L);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"abc\"", "\"3\", \"4\"", "\"-1\"", "w/\"3\"", "\"3", "1234567890123456789", "\"\""})
        void anything_else_is_refused(String header) {
            assertThat(refusal(() -> ApplicantRequests.expectedVersion(header)).code())
                    .isEqualTo(HttpErrorCode.INVALID_IF_MATCH);
        }
    }

    @Nested
    class Commands {

        @Test
        void a_creation_carries_the_campaign_the_key_and_the_form_unread() {
            String body = Forms.json(Forms.label());

            var command = requests.createCandidacy(request(Map.of("campaignId", "aura-2019-label"),
                    Map.of("Idempotency-Key", "3f9c2a7e-0b1d-4c55"), body));

            assertThat(command.campaignId()).isEqualTo("aura-2019-label");
            assertThat(command.idempotencyKey()).contains("3f9c2a7e-0b1d-4c55");
            assertThat(command.form().readFor(Track.LABEL)).isEqualTo(Forms.parse(Forms.label(), Track.LABEL));
        }

        @Test
        void the_form_is_read_only_when_the_use_case_asks_and_for_the_track_it_gives() {
            var command = requests.createCandidacy(request(Map.of("campaignId", "aura-2019-startup"), Map.of(), "{"));

            assertThat(command.idempotencyKey()).isEmpty();
            assertThat(refusal(() -> command.form().readFor(Track.STARTUP)).code()).isEqualTo(HttpErrorCode.MALFORMED_JSON);
            var labelBody = requests.createCandidacy(request(Map.of(), Map.of(), Forms.json(Forms.label())));
            assertThat(refusal(() -> labelBody.form().readFor(Track.STARTUP)).fieldErrors())
                    .extracting(FieldError::code).contains("unknown_field");
        }

        @Test
        void a_creation_with_a_malformed_key_is_refused_before_anything_else() {
            var invalid = request(Map.of("campaignId", "aura-2019-label"), Map.of("Idempotency-Key", "court"), "{");

            assertThat(refusal(() -> requests.createCandidacy(invalid)).code())
                    .isEqualTo(HttpErrorCode.INVALID_IDEMPOTENCY_KEY);
        }

        @Test
        void an_update_carries_the_dossier_the_credential_the_expected_version_and_the_form_unread() {
            var command = requests.updateCandidacy(toDossier(Map.of("Authorization", AUTHORIZATION,
                    "if-match", "\"4\""), Forms.json(Forms.startup())));

            assertThat(command.candidacyId()).isEqualTo("c1");
            assertThat(command.authorization()).isEqualTo(AUTHORIZATION);
            assertThat(command.expectedVersion()).isEqualTo(OptionalLong.of(4));
            assertThat(command.form().readFor(Track.STARTUP)).isEqualTo(Forms.parse(Forms.startup(), Track.STARTUP));
        }

        @Test
        void an_update_with_a_malformed_if_match_is_refused() {
            assertThat(refusal(() -> requests.updateCandidacy(toDossier(Map.of("If-Match", "version-4"), "{}"))).code())
                    .isEqualTo(HttpErrorCode.INVALID_IF_MATCH);
        }

        @Test
        void without_credential_or_path_the_command_says_so_and_the_use_case_answers() {
            var command = requests.updateCandidacy(request(Map.of(), Map.of(), "{}"));

            assertThat(command.candidacyId()).isEmpty();
            assertThat(command.authorization()).isNull();
            assertThat(command.expectedVersion()).isEmpty();
        }
    }

    @Nested
    class FileAnnouncements {

        private final Map<String, Object> announcement = new HashMap<>(Map.of(
                "fileName", "Dossier de candidature.pdf", "contentType", "application/pdf", "size", 610));

        private ApiRequest announcing(Map<String, Object> body) {
            return toDossier(Map.of("Authorization", AUTHORIZATION), Forms.json(body));
        }

        private DomainException refused(Map<String, Object> body) {
            return refusal(() -> ApplicantRequests.requestUpload(announcing(body)));
        }

        @Test
        void an_announcement_is_read_into_the_command() {
            var command = ApplicantRequests.requestUpload(announcing(announcement));

            assertThat(command.candidacyId()).isEqualTo("c1");
            assertThat(command.authorization()).isEqualTo(AUTHORIZATION);
            assertThat(command.fileName()).isEqualTo("Dossier de candidature.pdf");
            assertThat(command.contentType()).isEqualTo("application/pdf");
            assertThat(command.size()).isEqualTo(610);
        }

        @Test
        void every_missing_field_is_reported_at_once() {
            DomainException refusal = refused(Map.of());

            assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(refusal.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                    tuple("fileName", "required"), tuple("contentType", "required"), tuple("size", "required"));
            assertThat(refusal.fieldErrors().get(0).message().in(Language.FR)).isEqualTo("Ce champ est obligatoire.");
            assertThat(refusal.fieldErrors().get(0).message().in(Language.EN)).isEqualTo("This field is required.");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1})
        void an_empty_file_is_refused(long size) {
            announcement.put("size", size);

            DomainException refusal = refused(announcement);

            assertThat(refusal.fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("size", "too_small"));
            assertThat(refusal.fieldErrors().get(0).message().in(Language.FR)).isEqualTo("Le fichier est vide.");
            assertThat(refusal.fieldErrors().get(0).message().in(Language.EN)).isEqualTo("The file is empty.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "/", "C:\\Documents\\", "\0\7"})
        void a_name_with_nothing_left_once_cleaned_is_missing(String fileName) {
            announcement.put("fileName", fileName);

            assertThat(refused(announcement).fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("fileName", "required"));
        }

        @Test
        void a_blank_type_is_missing() {
            announcement.put("contentType", "  ");

            assertThat(refused(announcement).fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("contentType", "required"));
        }

        @Test
        void a_field_of_the_wrong_type_is_refused_as_such() {
            announcement.put("size", "610");

            assertThat(refused(announcement).fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("size", "wrong_type"));
        }

        @Test
        void an_unknown_field_is_refused() {
            announcement.put("path", "/etc/passwd");

            assertThat(refused(announcement).fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("path", "unknown_field"));
        }

        @Test
        void a_body_that_is_not_a_json_object_is_malformed() {
            assertThat(refusal(() -> ApplicantRequests.requestUpload(toDossier(Map.of(), "[]"))).code())
                    .isEqualTo(HttpErrorCode.MALFORMED_JSON);
            assertThat(refusal(() -> ApplicantRequests.requestUpload(toDossier(Map.of(), null))).code())
                    .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        }

        @Test
        void a_body_over_4_kib_is_too_large() {
            announcement.put("fileName", "a".repeat(5000) + ".pdf");

            assertThat(refused(announcement).code()).isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
        }
    }

    @Nested
    class FileNames {

        @Test
        void paths_are_dropped_from_either_kind_of_system() {
            assertThat(ApplicantRequests.cleanFileName("C:\\Users\\Camille\\Dossier.pdf")).isEqualTo("Dossier.pdf");
            assertThat(ApplicantRequests.cleanFileName("../../etc/dossier.pdf")).isEqualTo("dossier.pdf");
        }

        @Test
        void control_characters_and_surrounding_spaces_are_dropped() {
            assertThat(ApplicantRequests.cleanFileName("  budget\0\r\n 2019.xlsx ")).isEqualTo("budget 2019.xlsx");
        }

        @Test
        void a_name_is_composed_the_way_most_systems_store_it() {
            assertThat(ApplicantRequests.cleanFileName("Pre\u0301sentation.pdf")).isEqualTo("Présentation.pdf");
        }

        @Test
        void a_long_name_keeps_its_end_and_so_its_extension() {
            String name = ApplicantRequests.cleanFileName("n".repeat(300) + ".pdf");

            assertThat(name).hasSize(ApplicantRequests.MAX_FILE_NAME).endsWith("nnn.pdf");
        }

        @Test
        void no_name_stays_no_name() {
            assertThat(ApplicantRequests.cleanFileName(null)).isNull();
        }
    }

    @Nested
    class AccessLinkRequests {

        private ApiRequest asking(String body) {
            return request(Map.of("campaignId", "aura-2019-label"), Map.of(), body);
        }

        @Test
        void the_address_is_handed_over_as_sent_with_the_campaign_of_the_path() {
            var request = asking("{\"email\": \" Mairie@Annecy.fr \"}");

            assertThat(ApplicantRequests.accessLinksEmail(request)).isEqualTo(" Mairie@Annecy.fr ");
            assertThat(request.campaignId()).isEqualTo("aura-2019-label");
        }

        @Test
        void no_address_is_null_for_the_use_case_to_refuse() {
            assertThat(ApplicantRequests.accessLinksEmail(asking("{}"))).isNull();
            assertThat(ApplicantRequests.accessLinksEmail(asking("{\"email\": null}"))).isNull();
        }

        @Test
        void an_unknown_field_or_an_address_that_is_not_text_is_refused() {
            assertThat(refusal(() -> ApplicantRequests.accessLinksEmail(asking("{\"email\": \"a@b.fr\", \"id\": 1}")))
                    .fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("id", "unknown_field"));
            assertThat(refusal(() -> ApplicantRequests.accessLinksEmail(asking("{\"email\": 42}")))
                    .fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("email", "wrong_type"));
        }

        @Test
        void a_body_that_is_not_a_json_object_is_malformed() {
            assertThat(refusal(() -> ApplicantRequests.accessLinksEmail(asking("\"a@b.fr\""))).code())
                    .isEqualTo(HttpErrorCode.MALFORMED_JSON);
            assertThat(refusal(() -> ApplicantRequests.accessLinksEmail(asking(null))).code())
                    .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        }

        @Test
        void without_a_campaign_in_the_path_the_use_case_finds_none() {
            assertThat(request(Map.of(), Map.of(), null).campaignId()).isEmpty();
        }
    }

    @Test
    void an_attachment_route_names_the_dossier_the_file_and_carries_the_credential() {
        var command = ApplicantRequests.attachment(toDossier(Map.of("authorization", AUTHORIZATION), null));

        assertThat(command.candidacyId()).isEqualTo("c1");
        assertThat(command.attachmentId()).isEqualTo("a1");
        assertThat(command.authorization()).isEqualTo(AUTHORIZATION);
    }
}
