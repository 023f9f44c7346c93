package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.template.WebSecurityHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local runner sends its pages with the web distribution's security headers (template.yaml), its own origins in
 * the CSP, and the origin the presigned uploads really go to is one the CSP allows. The API's answers, which do not go
 * through the distribution, carry none of them, as deployed.
 */
class PageSecurityHeadersTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    private Map<String, String> expected() {
        return WebSecurityHeaders.fromTemplate(backend.backend().template(), backend.backend().names(),
                LocalBackend.localCspOrigins(backend.backend().apiPort(), backend.s3Endpoint()));
    }

    @Test
    void every_page_comes_with_the_distributions_security_headers() {
        assertThat(expected()).containsKeys("Content-Security-Policy", "Strict-Transport-Security",
                "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");
        for (String page : new String[] {"/", "/apply.html", "/app.js", "/style.css", "/favicon.svg"}) {
            Api.Response response = api.get(page);
            assertThat(response.status()).as(page).isEqualTo(200);
            expected().forEach((name, value) -> assertThat(response.header(name)).as(page + " " + name).isEqualTo(value));
        }
    }

    @Test
    void the_csp_lets_the_pages_upload_where_the_presigned_urls_point() {
        var dossier = Applicants.create(api, UploadRulesTest.OPEN, Applicants.labelForm(Applicants.uniqueEmail("csp")));
        String url = api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", "plan.png", "contentType", "image/png", "size", UploadRulesTest.PNG.length),
                "Authorization", dossier.auth()).json().at("/upload/url").asText();

        String connectSrc = directive(api.get("/dossier.html").header("Content-Security-Policy"), "connect-src");

        assertThat(connectSrc.split(" ")).contains("'self'", WebSecurityHeaders.origin(url));
    }

    @Test
    void api_answers_carry_no_page_header() {
        Api.Response campaigns = api.get("/campaigns");
        assertThat(campaigns.status()).isEqualTo(200);
        assertThat(campaigns.header("Content-Security-Policy")).isNull();
        assertThat(campaigns.header("Strict-Transport-Security")).isNull();
    }

    static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.strip();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
