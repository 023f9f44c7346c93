package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.ErrorResponses;
import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.http.JsonBody;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the local-only tools ({@code /local/...}: tokens of any role, clock travel, jobs on demand) to the person at
 * the machine. Any web page the developer visits could otherwise reach {@code localhost:3000}: a cross-site "simple"
 * POST needs no preflight, and a wildcard CORS answer would let the page read a minted organiser token back. So:
 * <ul>
 *   <li>a request whose {@code Origin} is not the local API's own is refused (browsers send it on every cross-origin
 *       call and on same-origin non-GET ones; curl and scripts send none and keep working);</li>
 *   <li>a body must be declared {@code application/json}: the media types a page may send without preflight
 *       ({@code text/plain}, forms) are refused, and a preflight gets no CORS permission;</li>
 *   <li>the {@code Host} must be the loopback name the API listens on, so a rebound DNS name cannot pose as it.</li>
 * </ul>
 * The local sign-in's form endpoints (its sign-in page posting back, the console's token and revoke calls: Cognito's
 * are form-encoded) also take {@code application/x-www-form-urlencoded}, and only that; the {@code Origin} rule holds
 * for them as for every local tool, so a form of another site is refused still.
 */
final class LocalToolsGuard {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    /** The local sign-in's OAuth endpoints that take HTML-form bodies, as Cognito's do. */
    static final Set<String> FORM_ENDPOINTS = Set.of("/local/oauth2/authorize", "/local/oauth2/token",
            "/local/oauth2/revoke");

    private LocalToolsGuard() {
    }

    /** Why this request may not reach the local tools, or empty when it may. */
    static Optional<ApiResponse> refusal(String method, String path, Map<String, String> headers, int bodyBytes,
                                         int port, Language language) {
        String origin = headers.get("origin");
        if (origin != null && !ownOrigin(origin, port)) {
            return refuse(HttpErrorCode.CROSS_ORIGIN_REFUSED, language);
        }
        if (!loopbackHost(headers.get("host"), port)) {
            return refuse(HttpErrorCode.CROSS_ORIGIN_REFUSED, language);
        }
        if (method.equals("OPTIONS")) {
            // a preflight: nothing to allow, so the browser sends nothing
            return refuse(HttpErrorCode.CROSS_ORIGIN_REFUSED, language);
        }
        String contentType = headers.get("content-type");
        if (bodyBytes > 0 && FORM_ENDPOINTS.contains(path)) {
            return contentType != null && contentType.strip().toLowerCase(Locale.ROOT)
                    .startsWith("application/x-www-form-urlencoded")
                    ? Optional.empty() : refuse(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, language);
        }
        if (bodyBytes > 0 && (contentType == null || !JsonBody.isJson(contentType))) {
            return refuse(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, language);
        }
        return Optional.empty();
    }

    static boolean ownOrigin(String origin, int port) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        String prefix = "http://";
        return value.startsWith(prefix) && loopbackHost(value.substring(prefix.length()), port);
    }

    private static boolean loopbackHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        return LOOPBACK_HOSTS.stream().anyMatch(name -> value.equals(name + ":" + port));
    }

    private static Optional<ApiResponse> refuse(HttpErrorCode code, Language language) {
        return Optional.of(ErrorResponses.of(new DomainException(code), language));
    }
}
