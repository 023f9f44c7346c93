package fr.interconnectes.candidatures.local.auth;

import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JWT authorizer of the template's HttpApi ({@code Auth.Authorizers.<name>} with a
 * {@code JwtConfiguration}), its values resolved for the local run as CloudFormation would resolve them
 * on deploy.
 *
 * @param identityHeader the request header that carries the token (lower case), from
 *                       {@code IdentitySource: $request.header.<Name>}
 * @param scopes         the authorizer's {@code AuthorizationScopes}: the default of the routes using it
 */
public record JwtAuthorizerConfig(String name, String identityHeader, String issuer, List<String> audiences,
                                  List<String> scopes) {

    private static final String HEADER_SOURCE = "$request.header.";

    public JwtAuthorizerConfig {
        audiences = List.copyOf(audiences);
        scopes = List.copyOf(scopes);
    }

    /** Every JWT authorizer of every HttpApi of the template, by name, in template order. */
    public static Map<String, JwtAuthorizerConfig> fromTemplate(SamTemplate template, LocalNames names) {
        Map<String, JwtAuthorizerConfig> configs = new LinkedHashMap<>();
        for (String api : template.resourcesOfType("AWS::Serverless::HttpApi")) {
            authorizers(template, api).forEach((name, raw) -> {
                if (raw instanceof Map<?, ?> authorizer && authorizer.get("JwtConfiguration") instanceof Map<?, ?> jwt) {
                    configs.put(name, of(name, authorizer, jwt, names));
                }
            });
        }
        return configs;
    }

    /** The {@code Auth.Authorizers} of an HttpApi, as written. */
    public static Map<String, Object> authorizers(SamTemplate template, String httpApiLogicalId) {
        if (template.properties(httpApiLogicalId).get("Auth") instanceof Map<?, ?> auth
                && auth.get("Authorizers") instanceof Map<?, ?> authorizers) {
            return SamTemplate.cast(authorizers);
        }
        return Map.of();
    }

    private static JwtAuthorizerConfig of(String name, Map<?, ?> authorizer, Map<?, ?> jwt, LocalNames names) {
        // SAM accepts issuer/audience in either case (OpenAPI's or AWS::ApiGatewayV2::Authorizer's)
        Object issuer = caseInsensitive(jwt, "issuer");
        if (issuer == null) {
            throw new IllegalStateException("JWT authorizer " + name + " has no JwtConfiguration.issuer");
        }
        List<String> audiences = new ArrayList<>();
        Object audience = caseInsensitive(jwt, "audience");
        if (audience instanceof List<?> list) {
            list.forEach(a -> audiences.add(names.resolve(a)));
        } else if (audience != null) {
            audiences.add(names.resolve(audience));
        }
        String source = authorizer.get("IdentitySource") == null ? HEADER_SOURCE + "Authorization"
                : names.resolve(authorizer.get("IdentitySource"));
        if (!source.startsWith(HEADER_SOURCE)) {
            throw new IllegalStateException("JWT authorizer " + name + ": IdentitySource " + source
                    + " is not emulated locally (only " + HEADER_SOURCE + "<Name>)");
        }
        List<String> scopes = authorizer.get("AuthorizationScopes") instanceof List<?> list
                ? list.stream().map(names::resolve).toList() : List.of();
        return new JwtAuthorizerConfig(name, source.substring(HEADER_SOURCE.length()).toLowerCase(Locale.ROOT),
                names.resolve(issuer), audiences, scopes);
    }

    private static Object caseInsensitive(Map<?, ?> map, String key) {
        for (var entry : map.entrySet()) {
            if (key.equalsIgnoreCase(String.valueOf(entry.getKey()))) {
                return entry.getValue();
            }
        }
        return null;
    }
}
