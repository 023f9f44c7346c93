package fr.interconnectes.candidatures.local.template;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The headers the web distribution adds to every page, read from template.yaml so that the local runner sends the
 * same: the {@code AWS::CloudFront::ResponseHeadersPolicy} the distribution's default cache behaviour names, each
 * entry of its {@code SecurityHeadersConfig} (and {@code CustomHeadersConfig}) written as CloudFront writes it.
 * The Content-Security-Policy is a {@code !Sub} whose variables are the origins the pages connect to (API, uploads,
 * sign-in): a local run gives its own, and must give one for every variable, so that a new origin in the template
 * cannot be forgotten locally.
 */
public final class WebSecurityHeaders {

    public static final String DISTRIBUTION = "AWS::CloudFront::Distribution";
    public static final String RESPONSE_HEADERS_POLICY = "AWS::CloudFront::ResponseHeadersPolicy";

    private WebSecurityHeaders() {
    }

    /**
     * The headers of the template's web pages, the CSP's variables replaced by {@code cspOrigins}; empty when the
     * template hosts no pages (no distribution, or none naming a response headers policy).
     *
     * @throws IllegalArgumentException when {@code cspOrigins} does not name exactly the CSP's variables, or the
     *     policy holds a header this class does not know how to write
     */
    public static Map<String, String> fromTemplate(SamTemplate template, LocalNames names, Map<String, String> cspOrigins) {
        Optional<String> policy = policyOfTheDistribution(template);
        if (policy.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> config = map(template.properties(policy.get()).get("ResponseHeadersPolicyConfig"));
        Map<String, String> headers = new LinkedHashMap<>();
        map(config.get("SecurityHeadersConfig")).forEach((name, value) ->
                headers.put(headerName(name), securityHeader(name, map(value), names, cspOrigins)));
        Object custom = map(config.get("CustomHeadersConfig")).get("Items");
        if (custom instanceof List<?> items) {
            items.forEach(item -> headers.put(names.resolve(map(item).get("Header")), names.resolve(map(item).get("Value"))));
        }
        return headers;
    }

    /** The logical id of the response headers policy the (first) distribution's default cache behaviour names. */
    public static Optional<String> policyOfTheDistribution(SamTemplate template) {
        return template.resourcesOfType(DISTRIBUTION).stream().findFirst()
                .map(id -> map(map(template.properties(id).get("DistributionConfig")).get("DefaultCacheBehavior")))
                .map(behaviour -> map(behaviour.get("ResponseHeadersPolicyId")).get("Ref"))
                .map(String::valueOf)
                .filter(id -> template.resourceType(id).equals(Optional.of(RESPONSE_HEADERS_POLICY)));
    }

    private static String headerName(String configEntry) {
        return switch (configEntry) {
            case "ContentSecurityPolicy" -> "Content-Security-Policy";
            case "StrictTransportSecurity" -> "Strict-Transport-Security";
            case "ContentTypeOptions" -> "X-Content-Type-Options";
            case "ReferrerPolicy" -> "Referrer-Policy";
            case "FrameOptions" -> "X-Frame-Options";
            case "XSSProtection" -> "X-XSS-Protection";
            default -> throw new IllegalArgumentException("the local runner does not know the security header " + configEntry);
        };
    }

    private static String securityHeader(String entry, Map<String, Object> value, LocalNames names,
                                         Map<String, String> cspOrigins) {
        return switch (entry) {
            case "ContentSecurityPolicy" -> contentSecurityPolicy(value.get("ContentSecurityPolicy"), names, cspOrigins);
            case "StrictTransportSecurity" -> "max-age=" + names.resolve(value.get("AccessControlMaxAgeSec"))
                    + (isTrue(value.get("IncludeSubdomains")) ? "; includeSubDomains" : "")
                    + (isTrue(value.get("Preload")) ? "; preload" : "");
            case "ContentTypeOptions" -> "nosniff";
            case "ReferrerPolicy" -> names.resolve(value.get("ReferrerPolicy"));
            case "FrameOptions" -> names.resolve(value.get("FrameOption"));
            case "XSSProtection" -> !isTrue(value.get("Protection")) ? "0"
                    : "1" + (isTrue(value.get("ModeBlock")) ? "; mode=block" : "")
                    + (value.get("ReportUri") != null ? "; report=" + names.resolve(value.get("ReportUri")) : "");
            default -> throw new IllegalArgumentException("the local runner does not know the security header " + entry);
        };
    }

    private static String contentSecurityPolicy(Object policy, LocalNames names, Map<String, String> cspOrigins) {
        if (!(policy instanceof Map<?, ?> sub && sub.get("Fn::Sub") instanceof List<?> parts && parts.size() == 2)) {
            return names.resolve(policy);
        }
        Map<String, Object> variables = map(parts.get(1));
        if (!variables.keySet().equals(cspOrigins.keySet())) {
            throw new IllegalArgumentException("the CSP's variables " + new TreeSet<>(variables.keySet())
                    + " need local origins; the local run gives " + new TreeSet<>(cspOrigins.keySet()));
        }
        return names.resolve(Map.of("Fn::Sub", List.of(parts.get(0), Map.copyOf(cspOrigins))));
    }

    private static boolean isTrue(Object value) {
        return value != null && Boolean.parseBoolean(value.toString());
    }

    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? SamTemplate.cast(map) : Map.of();
    }

    /** The scheme, host and port of a URL (an origin, as CSP names it). */
    public static String origin(String url) {
        URI uri = URI.create(Objects.requireNonNull(url));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
