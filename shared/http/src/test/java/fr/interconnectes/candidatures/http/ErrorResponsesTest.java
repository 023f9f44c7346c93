package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    @Test
    void contention_that_outlasted_the_retries_tells_the_client_when_to_try_again() {
        ApiResponse response = ErrorResponses.of(new DomainException(ErrorCode.CONCURRENT_MODIFICATION), Language.FR);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.headers()).containsEntry("Retry-After", "1");
        assertThat(response.body()).contains("\"code\":\"concurrent_modification\"");
    }

    @Test
    void a_conflict_that_waiting_does_not_solve_carries_no_retry_after() {
        ApiResponse response = ErrorResponses.of(new DomainException(ErrorCode.CANDIDACY_WITHDRAWN), Language.FR);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.headers()).doesNotContainKey("Retry-After");
    }
}
