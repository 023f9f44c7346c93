package fr.interconnectes.candidatures.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.runtime.LocalApiServer;
import fr.interconnectes.candidatures.local.runtime.StaticFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local runner's docs page, {@code /docs/}: the page, its script, the Redoc bundle and the contract, both mapped by
 * web/vendor.json (from node_modules and api/), each with its content type; the page loads only files of its own
 * origin and runs no inline script, so that it works under {@code script-src 'self'}.
 */
class DocsPageTest {

    private static final Path ROOT = ProjectRoot.locate();
    private static LocalApiServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = new LocalApiServer(0, List.of(), (method, path, headers, body) -> Optional.empty(),
                (authorizer, headers, scopes) -> Optional.empty(), new StaticFiles(ROOT.resolve("web")), Map.of());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageAnswersAsHtmlAndLoadsRedocAndTheContractFromItsOwnOrigin() throws Exception {
        HttpResponse<String> page = get("/docs/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("<html lang=\"fr\">", "Le contrat de l’API", "<redoc spec-url=\"/docs/openapi.yaml\">",
                        "<script src=\"/docs/redoc.standalone.js\"></script>")
                .doesNotContain("http://", "https://", " style=");
        assertThat(page.body().replaceAll("<script (type=\"module\" )?src=\"[^\"]+\"></script>", ""))
                .as("no inline script").doesNotContain("<script");
    }

    @Test
    void theContractIsServedAsYaml() throws Exception {
        HttpResponse<String> spec = get("/docs/openapi.yaml");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.headers().firstValue("content-type")).hasValue("application/yaml; charset=utf-8");
        assertThat(spec.body()).isEqualTo(Files.readString(ROOT.resolve(OpenApiContract.SPEC)));
    }

    @Test
    void thePageScriptIsJavaScript() throws Exception {
        HttpResponse<String> script = get("/docs/docs.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void theRedocBundleComesFromNodeModules() throws Exception {
        Path bundle = ROOT.resolve("node_modules/redoc/bundles/redoc.standalone.js");
        Assumptions.assumeTrue(Files.isRegularFile(bundle) || "true".equals(System.getenv("CI")),
                "node_modules has no redoc (npm ci installs it): the bundle was NOT checked");
        HttpResponse<byte[]> redoc = CLIENT.send(HttpRequest.newBuilder(url("/docs/redoc.standalone.js")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(redoc.statusCode()).isEqualTo(200);
        assertThat(redoc.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(java.util.Arrays.equals(redoc.body(), Files.readAllBytes(bundle))).as("the bundle as installed").isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
