package fr.interconnectes.candidatures.http;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the claims that API Gateway's JWT authorizer passes to the function
 * ({@code requestContext.authorizer.jwt.claims}): every value is a string there, numbers included, and a
 * JSON array such as {@code cognito:groups} arrives as {@code [organisers jurors]}.
 */
public final class Claims {

    public static final String SUB = "sub";
    public static final String EMAIL = "email";
    public static final String GROUPS = "cognito:groups";
    public static final String REGION = "custom:region";

    /** The code part of an ISO 3166-2:FR subdivision: ARA, IDF, 20R, 971... */
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private Claims() {
    }

    /** The signed-in user the claims describe; empty without claims or without a {@code sub}. */
    public static Optional<Principal> principal(Map<String, String> claims) {
        if (claims == null) {
            return Optional.empty();
        }
        String sub = text(claims.get(SUB));
        if (sub == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups(claims.get(GROUPS))) {
            Role.ofGroup(group).ifPresent(roles::add);
        }
        return Optional.of(new Principal(sub, text(claims.get(EMAIL)), roles, region(claims.get(REGION))));
    }

    /**
     * The signed-in user, or {@link ErrorCode#NOT_SIGNED_IN}: behind the JWT authorizer a function always
     * gets claims, so their absence means a route was deployed without it.
     */
    public static Principal requirePrincipal(Map<String, String> claims) {
        return principal(claims).orElseThrow(() -> new DomainException(ErrorCode.NOT_SIGNED_IN));
    }

    /**
     * The group names of a {@code cognito:groups} claim, in their order, without duplicates. Accepts what
     * API Gateway sends ({@code [organisers jurors]}), a JSON array ({@code ["organisers","jurors"]}) and a
     * plain list separated by commas or spaces ({@code organisers, jurors}).
     */
    public static List<String> groups(String claim) {
        if (claim == null) {
            return List.of();
        }
        String text = claim.trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            Optional<List<String>> json = jsonArray(text);
            if (json.isPresent()) {
                return json.get();
            }
            text = text.substring(1, text.length() - 1);
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text)) {
            String group = unquote(part);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    /** The region code, upper-cased; {@code null} when absent or not of the form of an ISO 3166-2 code. */
    static String region(String claim) {
        String region = text(claim);
        if (region == null) {
            return null;
        }
        region = region.toUpperCase(Locale.ROOT);
        return REGION_CODE.matcher(region).matches() ? region : null;
    }

    private static Optional<List<String>> jsonArray(String text) {
        if (!text.substring(1).trim().startsWith("\"")) {
            return Optional.empty();
        }
        try {
            JsonNode array = StreamingJson.tree(text, false);
            if (array == null || !array.isArray()) {
                return Optional.empty();
            }
            Set<String> groups = new LinkedHashSet<>();
            for (JsonNode element : array) {
                if (!element.isTextual()) {
                    return Optional.empty();
                }
                String group = element.asText().trim();
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
            return Optional.of(List.copyOf(groups));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String part) {
        String trimmed = part.trim();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
