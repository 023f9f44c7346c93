package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.local.emulator.NodeEmulator;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web pages in a real browser (headless Chromium driven by playwright-core): fill the application
 * form, upload the dossier through the presigned URL, submit, see the receipt, declare an unavailability, read the
 * 2018 palmarès of the region; then, once the test has convened the dossier, confirm the convocation from the
 * dossier page. The form saves as the applicant types, one save dropped and retried. On a desktop screen and on a
 * phone-sized one. The API and the mail emulator agree. Chromium comes from Debian's package (installed by .ci/run); without it the test is
 * skipped, except on CI where it fails.
 */
class WebPagesBrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void an_applicant_files_a_dossier_from_the_web_pages(String viewport) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + CHROMIUM + ": .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium not installed (apt-get install chromium)");
        }
        TestEmulators backend = TestEmulators.get();
        Path root = ProjectRoot.locate();
        NodeEmulator.ensureNpmPackages(root);
        Path pdf = Path.of(WebPagesBrowserTest.class.getResource("/it/dossier.pdf").toURI());
        String email = Applicants.uniqueEmail("browser");
        Path screenshot = root.resolve("local/target/web-journey-" + viewport + ".png");
        Path output = Files.createTempFile("browser-journey", ".log");
        Process node = new ProcessBuilder("node", root.resolve("local/src/test/js/applicant-journey.cjs").toString(),
                backend.apiUrl(), pdf.toString(), email, screenshot.toString(), viewport)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        JsonNode filed = firstResult(output, node);
        String id = filed.get("id").asText();
        // the dossier convened as the convocations would (their sending has its own end-to-end test)
        var candidacies = new DynamoDbCandidacies(backend.aws().dynamoDb(), backend.tableName());
        var stored = candidacies.find(id).orElseThrow();
        candidacies.update(stored.withConvocation(Convocation.sent("slot-" + id, 0, "A", "Salle Mont-Blanc",
                "Impérial Palace, Annecy", Instant.parse("2027-10-17T07:00:00Z"), Instant.parse("2027-10-17T07:15:00Z"),
                Instant.now())));
        try (var toNode = node.getOutputStream()) {
            toNode.write("convened\n".getBytes(StandardCharsets.UTF_8));
        }
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("browser journey within 2 minutes: " + log).isTrue();
        assertThat(node.exitValue()).as(log).isZero();

        var result = filed;
        System.out.println("browser journey: " + result);
        assertThat(log).contains("{\"confirmed\":true}");
        var dossier = new Api(backend.apiUrl()).get("/candidacies/" + result.get("id").asText(),
                "Authorization", "Bearer " + result.get("token").asText());
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.json().get("status").asText()).isEqualTo("submitted");
        assertThat(dossier.json().at("/receipt/number").asText()).isEqualTo(result.get("receipt").asText());
        assertThat(dossier.json().at("/applicant/organisation").asText()).isEqualTo("Communauté de communes du Pays d'Évian");
        // typed on the dossier page and saved by itself, through a dropped request
        assertThat(result.get("droppedSaves").asInt()).isEqualTo(1);
        assertThat(dossier.json().at("/project/partners").asText())
                .isEqualTo("Département de la Haute-Savoie, les 22 communes et la Région");
        // changed in another tab meanwhile, then typed here: both kept
        assertThat(dossier.json().at("/project/pooling").asText()).isEqualTo("Plateforme mutualisée, API ouvertes, code publié");
        assertThat(dossier.json().at("/project/summary").asText()).isEqualTo("Un guichet numérique pour les 22 communes. Ouvert en 2026.");
        assertThat(dossier.json().at("/attachments/0/status").asText()).isEqualTo("received");
        assertThat(dossier.json().at("/convocation/attendance").asText()).isEqualTo("confirmed");
        assertThat(dossier.json().at("/convocation/note").asText()).isEqualTo("Nous viendrons à deux.");
        assertThat(dossier.json().at("/availability/unavailable/0/start").asText()).isEqualTo("2027-10-17T09:00:00+02:00");
        assertThat(backend.mailsTo(email)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains(result.get("receipt").asText()));
    }

    /** The first JSON line the journey prints (the dossier filed), within two minutes. */
    private static JsonNode firstResult(Path output, Process node) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            var line = Files.readString(output, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).findFirst();
            if (line.isPresent()) {
                return Api.JSON.readTree(line.get());
            }
            if (!node.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        node.destroyForcibly();
        return fail("the browser journey did not file the dossier: " + Files.readString(output, StandardCharsets.UTF_8));
    }
}
