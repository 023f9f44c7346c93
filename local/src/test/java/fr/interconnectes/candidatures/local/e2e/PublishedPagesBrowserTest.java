package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import fr.interconnectes.candidatures.local.emulator.NodeEmulator;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.template.PublishWebScriptTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as scripts/publish-web.sh renders them, served from an origin of their own (as the distribution serves
 * them, apart from the API): the home page reaches the API named in its {@code <meta name="api-base">} across
 * origins (CORS) and lists the calls. Without the rendered meta it would ask its own origin, which has no API.
 */
class PublishedPagesBrowserTest {

    @Test
    void the_published_pages_find_the_api_of_their_meta(@TempDir Path temp) throws Exception {
        if (!Files.isExecutable(WebPagesBrowserTest.CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + WebPagesBrowserTest.CHROMIUM + ": .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium not installed (apt-get install chromium)");
        }
        TestEmulators backend = TestEmulators.get();
        Path root = ProjectRoot.locate();
        NodeEmulator.ensureNpmPackages(root);
        Path site = PublishWebScriptTest.render(temp.resolve("site"), backend.apiUrl());
        HttpServer pages = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), site,
                SimpleFileServer.OutputLevel.NONE);
        pages.start();
        try {
            String pagesUrl = "http://127.0.0.1:" + pages.getAddress().getPort();
            Process node = new ProcessBuilder("node", root.resolve("local/src/test/js/published-pages.cjs").toString(),
                    pagesUrl, backend.apiUrl())
                    .directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(90, TimeUnit.SECONDS)).as(output).isTrue();
            assertThat(node.exitValue()).as(output).isZero();
            var result = Api.JSON.readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
            assertThat(result.get("campaigns").asInt()).as(output).isPositive();
            assertThat(result.get("apiRequests").asInt()).as(output).isPositive();
        } finally {
            pages.stop(0);
        }
    }
}
