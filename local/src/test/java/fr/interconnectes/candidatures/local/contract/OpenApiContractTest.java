package fr.interconnectes.candidatures.local.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.campaigns.CampaignView;
import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.ErrorKind;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.applications.CandidacyView;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.http.campaigns.CampaignResponses;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import fr.interconnectes.candidatures.selectionday.SelectionDayError;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code api/openapi.yaml} against what it describes: the template's routes (same method and path, the JWT authorizer
 * exactly on the operations that name the Cognito scheme), the code's error codes, the sample events' bodies; and the
 * response validation every end-to-end test relies on, shown to refuse a wrong shape of a real mapper's response.
 */
class OpenApiContractTest {

    private static final Path ROOT = ProjectRoot.locate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiContract contract = OpenApiContract.get();

    /** "GET /campaigns/{campaignId}" → whether the template guards it with the JWT authorizer. */
    private static Map<String, Boolean> templateRoutes() {
        SamTemplate template = SamTemplate.load(ROOT.resolve("template.yaml"));
        Map<String, Boolean> routes = new LinkedHashMap<>();
        for (String function : template.resourcesOfType("AWS::Serverless::Function")) {
            template.events(function).values().stream().filter(event -> "HttpApi".equals(event.get("Type")))
                    .map(event -> SamTemplate.<String, Object>cast(event.get("Properties")))
                    .forEach(properties -> routes.put(properties.get("Method") + " " + properties.get("Path"),
                            properties.get("Auth") instanceof Map<?, ?> auth && auth.get("Authorizer") != null));
        }
        return routes;
    }

    @Test
    void everyTemplateRouteIsInTheSpecAndEverySpecOperationInTheTemplate() {
        Set<String> template = new TreeSet<>(templateRoutes().keySet());
        Set<String> spec = new TreeSet<>(contract.operations().stream().map(OpenApiContract.Operation::key).toList());

        assertThat(template).as("template.yaml's HttpApi routes").hasSizeGreaterThan(40);
        assertThat(spec).as("routes of template.yaml missing from %s", OpenApiContract.SPEC).containsAll(template);
        assertThat(template).as("operations of %s that template.yaml has no route for", OpenApiContract.SPEC)
                .containsAll(spec);
    }

    @Test
    void theStaffRoutesAndOnlyThemNameTheCognitoScheme() {
        templateRoutes().forEach((route, jwt) -> {
            String[] methodAndPath = route.split(" ", 2);
            var operation = contract.declared(methodAndPath[0], methodAndPath[1]).orElseThrow();
            assertThat(operation.securitySchemes()).as("security of %s", route)
                    .isEqualTo(jwt ? Set.of("cognitoJwt") : operation.securitySchemes().isEmpty() ? Set.of()
                            : Set.of("applicantToken"));
            assertThat(operation.path().startsWith("/admin/")).as("%s is a staff route", route).isEqualTo(jwt);
        });
    }

    @Test
    void theErrorCodesAreTheCodesTheCodeHas() {
        Set<String> code = new TreeSet<>();
        Stream.of(ErrorCode.values(), HttpErrorCode.values(), SelectionDayError.values())
                .flatMap(Arrays::stream).map(ErrorKind::code).forEach(code::add);

        assertThat(new TreeSet<>(contract.errorCodes())).isEqualTo(code);
    }

    @Test
    void theSampleEventsBodiesAreRequestsTheSpecAccepts() throws Exception {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> events = Files.list(ROOT.resolve("events"))) {
            for (Path file : events.sorted().toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                String body = event.path("body").asText("");
                if (!event.has("routeKey") || body.isBlank()) {
                    continue;
                }
                String[] route = event.get("routeKey").asText().split(" ", 2);
                var operation = contract.declared(route[0], route[1]).orElseThrow();
                assertThat(contract.requestViolations(operation, body)).as("events/%s against %s's request body",
                        file.getFileName(), operation.key()).isEmpty();
                checked.add(file.getFileName().toString());
            }
        }
        assertThat(checked).as("sample events with a body").hasSizeGreaterThan(15);
    }

    @Test
    void theRealMappersAnswersConform() {
        assertConforms("GET", "/campaigns/aura-2019-label", campaign());
        assertConforms("GET", "/candidacies/c1", dossier());
    }

    @Test
    void aResponseMissingARequiredPropertyFails() throws Exception {
        ObjectNode campaign = (ObjectNode) JSON.readTree(campaign().body());
        campaign.remove("closesAt");

        assertThat(violations("GET", "/campaigns/aura-2019-label", 200, JSON.writeValueAsString(campaign)))
                .singleElement().asString().contains("closesAt", "required");
    }

    @Test
    void aResponseWithAWrongTypeOrAnUndeclaredPropertyFails() throws Exception {
        ObjectNode dossier = (ObjectNode) JSON.readTree(dossier().body());
        dossier.put("version", "3");
        dossier.put("accessTokenHash", "4f1c…");
        ((ObjectNode) dossier.get("attachments").get(0)).put("status", "uploaded");

        assertThat(violations("GET", "/candidacies/c1", 200, JSON.writeValueAsString(dossier)))
                .anySatisfy(v -> assertThat(v).contains("$.version", "string", "integer"))
                .anySatisfy(v -> assertThat(v).contains("accessTokenHash"))
                .anySatisfy(v -> assertThat(v).contains("$.attachments[0].status"))
                .hasSize(3);
    }

    @Test
    void anUndeclaredStatusOrMediaTypeOrAnErrorOutOfTheEnvelopeFails() {
        assertThat(violations("DELETE", "/candidacies/c1/attachments/a1", 200, "{}"))
                .singleElement().asString().contains("status 200 is not declared");
        var operation = contract.operation("GET", "/campaigns").orElseThrow();
        assertThat(contract.violations(operation, 200, "text/html", "<html></html>"))
                .singleElement().asString().contains("text/html");
        assertThat(violations("GET", "/campaigns/nope", 404, "{\"error\": {\"code\": \"no_such_code\", \"message\": \"?\"}}"))
                .singleElement().asString().contains("$.error.code");
        assertThat(violations("GET", "/campaigns/nope", 404, "{\"message\": \"Not Found\"}")).isNotEmpty();
    }

    @Test
    void theEndToEndCheckFailsTheTestNamingTheOperationAndTheViolation() throws Exception {
        ObjectNode campaign = (ObjectNode) JSON.readTree(campaign().body());
        campaign.put("edition", "2019");

        assertThatThrownBy(() -> OpenApiContract.assertConforms("GET", "/campaigns/aura-2019-label?x=1", 200,
                "application/json; charset=utf-8", JSON.writeValueAsString(campaign)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /campaigns/{campaignId} answered 200")
                .hasMessageContaining("$.edition");
        // off the contract (the local tools, the docs page) nothing is checked
        OpenApiContract.assertConforms("PUT", "/local/clock", 200, "application/json", "{\"anything\": true}");
    }

    private List<String> violations(String method, String path, int status, String body) {
        var operation = contract.operation(method, path).orElseThrow();
        return contract.violations(operation, status, "application/json; charset=utf-8", body);
    }

    private void assertConforms(String method, String path, ApiResponse response) {
        var operation = contract.operation(method, path).orElseThrow();
        assertThat(contract.violations(operation, response.status(), response.headers().get("Content-Type"),
                response.body())).as("%s %s", method, path).isEmpty();
    }

    private static ApiResponse campaign() {
        return CampaignResponses.campaign(new CampaignView(Fixtures.labelCampaign(), CampaignStatus.OPEN), Language.FR);
    }

    private static ApiResponse dossier() {
        Instant at = Fixtures.DURING_CALL;
        return ApplicantResponses.dossier(new CandidacyView(Fixtures.submitted("c1", "ARA-2019-L-0001", at),
                Fixtures.labelCampaign(), List.of()), Language.FR);
    }
}
