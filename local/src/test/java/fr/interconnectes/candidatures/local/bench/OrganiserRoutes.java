package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.functions.Invocations;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.util.Arrays;
import java.util.Map;

/**
 * Calls a route of the local deployment as API Gateway would for a national organiser whose token it checked
 * (the function of template.yaml, in process, on the emulators), and times repeated calls.
 */
record OrganiserRoutes(LocalBackend backend) {

    /** The local backend on emulators of its own, for one benchmark; {@code demoData}: the demo campaigns too. */
    static LocalBackend startBackend(boolean demoData) {
        var root = ProjectRoot.locate();
        return LocalBackend.start(root, new LocalBackend.Settings(0,
                Emulators.Settings.ephemeral(root.resolve("local/target/bench-logs")), demoData, false));
    }

    /** {@code base} under another id, the benchmark's own campaign. */
    static Campaign copyOf(Campaign base, String id) {
        return new Campaign(id, base.title(), base.region(), base.track(), base.edition(), base.opensAt(),
                base.closesAt(), base.timeZone(), base.regionalSelection(), base.criteria(), base.uploadLimits());
    }

    /** The response of one call; anything but a 200 stops the benchmark. */
    APIGatewayV2HTTPResponse call(String routeKey, Map<String, String> path, Map<String, String> query) {
        var route = backend.deployment().routes().stream()
                .filter(r -> r.routeKey().equals(routeKey)).findFirst().orElseThrow();
        var event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey(route.routeKey())
                .withPathParameters(path)
                .withQueryStringParameters(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("sub", "bench", "cognito:groups", "[organisers]")).build())
                                .build())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(routeKey.substring(0, routeKey.indexOf(' '))).build())
                        .withTimeEpoch(System.currentTimeMillis())
                        .build())
                .build();
        var response = Invocations.response(route.function().invoke(Invocations.json(event)));
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException(routeKey + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return response;
    }

    /** Milliseconds of each of {@code runs} calls. */
    Timings time(int runs, Runnable call) {
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            call.run();
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        return new Timings(millis);
    }

    record Timings(long[] millis) {

        long percentile(int p) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }

        long first() {
            return millis[0];
        }

        long max() {
            return percentile(100);
        }
    }
}
