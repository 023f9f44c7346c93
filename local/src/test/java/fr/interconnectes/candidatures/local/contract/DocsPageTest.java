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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The local runner's docs page, {@code /docs/}: the page, its script, Swagger UI's bundle and stylesheet and the contract, both mapped by
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
    void thePageAnswersAsHtmlAndLoadsSwaggerUiAndTheContractFromItsOwnOrigin() throws Exception {
        HttpResponse<String> page = get("/docs/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("<html lang=\"fr\">", "Le contrat de l’API", "<main id=\"api-reference\"",
                        "<script src=\"/docs/swagger-ui-bundle.js\"></script>",
                        "<link rel=\"stylesheet\" href=\"/docs/swagger-ui.css\">")
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

    @ParameterizedTest
    @CsvSource({
            "/docs/swagger-ui-bundle.js, node_modules/swagger-ui-dist/swagger-ui-bundle.js, text/javascript; charset=utf-8",
            "/docs/swagger-ui.css, node_modules/swagger-ui-dist/swagger-ui.css, text/css; charset=utf-8"})
    void swaggerUiComesFromNodeModules(String path, String installed, String contentType) throws Exception {
        Path file = ROOT.resolve(installed);
        Assumptions.assumeTrue(Files.isRegularFile(file) || "true".equals(System.getenv("CI")),
                "node_modules has no swagger-ui-dist (npm ci installs it): " + path + " was NOT checked");
        HttpResponse<byte[]> served = CLIENT.send(HttpRequest.newBuilder(url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("content-type")).hasValue(contentType);
        assertThat(java.util.Arrays.equals(served.body(), Files.readAllBytes(file))).as("the file as installed").isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
