package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every id a path names meets one rule before anything looks it up. */
class PathIdsTest {

    private static ApiRequest path(Map<String, String> parameters) {
        return new ApiRequest("GET", "/test", parameters, Map.of(), Map.of(), null, "test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aura-2027-label", "national-2027-startup", "cX9f2Lm7Qa1Bz4Kp", "aQ3xZ9Lk2Pw", "c-1", "a_b", "Z9"})
    void ids_as_they_are_minted_pass(String id) {
        assertThatCode(() -> PathIds.requireValid(path(Map.of("campaignId", id, "candidacyId", id, "attachmentId", id))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", "_lead", "../etc", "a/b", "a b", "a\u0000b", "a\u202Eb", "é", "a.b", "a%2F"})
    void anything_else_is_refused_with_validation_failed(String id) {
        var refusal = Refusals.of(() -> PathIds.requireValid(path(Map.of("candidacyId", id))));
        assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refusal.fieldErrors()).singleElement()
                .satisfies(f -> assertThat(f.field() + " " + f.code()).isEqualTo("candidacyId invalid_id"));
    }

    @Test
    void ids_longer_than_any_minted_one_never_reach_the_database() {
        String huge = "c".repeat(5_000);
        var refusal = Refusals.of(() -> PathIds.requireValid(path(Map.of("campaignId", huge, "candidacyId", huge))));
        assertThat(refusal.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("campaignId", "candidacyId");
        assertThat(PathIds.valid("c".repeat(PathIds.MAX_LENGTH))).isTrue();
        assertThat(PathIds.valid("c".repeat(PathIds.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void the_campaign_named_by_the_query_meets_the_same_rule() {
        var request = new ApiRequest("GET", "/admin/jury/assignments", Map.of(), Map.of("campaignId", "x".repeat(300)),
                Map.of(), null, "test");
        assertThat(Refusals.of(() -> PathIds.requireValid(request)).fieldErrors())
                .extracting(f -> f.field()).containsExactly("campaignId");
    }
}
