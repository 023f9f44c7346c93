package fr.interconnectes.candidatures.functions;

import fr.interconnectes.candidatures.http.gateway.HttpApiEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events that priming sends: shaped as API Gateway and EventBridge send them, naming nothing that exists. */
final class PrimingEvents {

    private static final Map<String, String> PATH_PARAMETERS = Map.of(
            "campaignId", HttpFunction.PRIMING_ID,
            "candidacyId", HttpFunction.PRIMING_ID,
            "attachmentId", HttpFunction.PRIMING_ID);

    private PrimingEvents() {
    }

    static byte[] http(String method, Map<String, String> headers, String body, Map<String, String> claims) {
        Map<String, String> allHeaders = new LinkedHashMap<>();
        allHeaders.put("accept-language", "fr");
        allHeaders.put("content-type", "application/json");
        allHeaders.putAll(headers);
        String path = "/priming/" + HttpFunction.PRIMING_ID;
        Instant now = Instant.now();
        var context = new HttpApiEvent.RequestContext("000000000000", "priming", "localhost", "localhost", "$default",
                method + " " + path, "priming-" + now.toEpochMilli(), now.toString(), now.toEpochMilli(),
                new HttpApiEvent.Http(method, path, "HTTP/1.1", "127.0.0.1", "snapstart-priming"),
                claims == null ? null : new HttpApiEvent.JwtAuthorizer(claims, List.of()));
        return new HttpApiEvent(method + " " + path, path, "", List.of(), allHeaders, Map.of(), PATH_PARAMETERS, body,
                false, context).toJson();
    }
}
