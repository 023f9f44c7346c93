package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transport's codes: their messages and statuses, beside the rules' codes in the one error mapper. */
class HttpErrorCodeTest {

    @ParameterizedTest
    @EnumSource(HttpErrorCode.class)
    void messages_lose_no_apostrophe_nor_leave_a_placeholder(HttpErrorCode code) {
        assertThat(code.message(Language.FR, "A", "B")).doesNotContain("{").doesNotContainPattern("\\bnest\\b");
        assertThat(code.message(Language.EN, "A", "B")).doesNotContain("{");
        assertThat(code.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @Test
    void each_code_answers_with_its_own_status() {
        assertThat(ErrorResponses.status(HttpErrorCode.MALFORMED_JSON)).isEqualTo(400);
        assertThat(ErrorResponses.status(HttpErrorCode.BODY_TOO_LARGE)).isEqualTo(413);
        assertThat(ErrorResponses.status(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE)).isEqualTo(415);
        assertThat(ErrorResponses.status(HttpErrorCode.ROUTE_NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorResponses.status(HttpErrorCode.SERVICE_UNAVAILABLE)).isEqualTo(503);
        assertThat(ErrorResponses.status(ErrorCode.DEADLINE_PASSED)).isEqualTo(403);
    }

    @Test
    void a_transport_refusal_is_mapped_like_a_rule_refusal() {
        var response = ErrorResponses.from(new DomainException(HttpErrorCode.BODY_TOO_LARGE, 65536), Language.EN, "r1");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"body_too_large\"").contains("exceeds 65,536 bytes");
    }

    @Test
    void no_code_is_both_a_rule_and_a_transport_code() {
        for (HttpErrorCode transport : HttpErrorCode.values()) {
            for (ErrorCode rule : ErrorCode.values()) {
                assertThat(transport.code()).isNotEqualTo(rule.code());
            }
        }
    }
}
