package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The console's sign-in in a real Chromium through the local managed login (authorization code + PKCE): sign-in page,
 * the regional organiser's account, back signed in, reload, refresh near expiry, sign-out revoking the refresh token.
 */
class ConsoleSignInBrowserTest {

    @Test
    void an_organiser_signs_in_through_the_sign_in_page_stays_signed_in_is_refreshed_and_signs_out() throws Exception {
        var run = BrowserScripts.runPassing(Duration.ofMinutes(3), "console-signin.cjs", TestEmulators.get().apiUrl(),
                BrowserScripts.screenshotsDir().toString());

        JsonNode report = Api.JSON.readTree(run.jsonLines().getLast());
        assertThat(report.path("signedInAs").asText()).isEqualTo("organisateur.ara@example.org");
        // one code exchanged, one refresh near expiry; after the sign-out the refresh token no longer works
        assertThat(report.path("tokenCalls").toString()).isEqualTo("[\"authorization_code\",\"refresh_token\"]");
        assertThat(report.path("refreshAfterSignOut").asInt()).isEqualTo(400);
        assertThat(report.path("refreshError").asText()).isEqualTo("invalid_grant");
    }
}
