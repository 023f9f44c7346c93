package fr.interconnectes.candidatures.local.auth;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.access.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a local token is for: {@code POST /local/tokens} and the demo accounts.
 *
 * @param roles    at least one; each gives its user pool group in {@code cognito:groups}
 * @param region   ISO 3166-2 code ({@code custom:region}); required for a regional organiser
 * @param sub      the user's id
 * @param email    their address
 * @param ttl      lifetime; {@code null} for the app client's token validity of template.yaml
 * @param tokenUse {@code access} (what the brief's API clients send) or {@code id}
 */
public record TokenRequest(Set<Role> roles, String region, String sub, String email, Duration ttl, String tokenUse) {

    public static final String ACCESS = "access";
    public static final String ID = "id";
    /** Cognito's longest access or ID token validity. */
    static final Duration MAX_TTL = Duration.ofDays(1);
    private static final Set<String> FIELDS = Set.of("role", "region", "sub", "email", "ttlSeconds", "tokenUse");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{2,3}");

    /** Refused request: every problem found, for a 400 answer. */
    public static final class Invalid extends IllegalArgumentException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public TokenRequest {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        roles = Set.copyOf(roles);
        region = region == null ? null : region.toUpperCase(Locale.ROOT);
        if (roles.contains(Role.REGIONAL_ORGANISER) && region == null) {
            throw new IllegalArgumentException("a regional organiser needs a region");
        }
        if (sub == null) {
            sub = defaultSub(roles, region);
        }
        if (email == null) {
            email = sub + "@example.org";
        }
        if (tokenUse == null) {
            tokenUse = ACCESS;
        }
    }

    /** A token of one role with the defaults. */
    public static TokenRequest of(Role role, String region, String sub, String email) {
        return new TokenRequest(Set.of(role), region, sub, email, null, ACCESS);
    }

    /** The body of {@code POST /local/tokens}: {@code {"role", "region", "sub", "email", "ttlSeconds", "tokenUse"}}. */
    public static TokenRequest parse(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new Invalid(List.of("Le corps doit être un objet JSON, par ex. {\"role\": \"organiser\"}."));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add("Champ inconnu « " + name + " » (attendus : role, region, sub, email, ttlSeconds, tokenUse).");
            }
        });
        Set<Role> roles = EnumSet.noneOf(Role.class);
        JsonNode role = body.get("role");
        List<JsonNode> roleNodes = new ArrayList<>();
        if (role == null || role.isNull()) {
            problems.add("« role » est obligatoire : " + roleCodes() + ".");
        } else if (role.isArray()) {
            role.forEach(roleNodes::add);
            if (roleNodes.isEmpty()) {
                problems.add("« role » ne peut pas être vide : " + roleCodes() + ".");
            }
        } else {
            roleNodes.add(role);
        }
        for (JsonNode node : roleNodes) {
            var known = node.isTextual() ? Role.ofCode(node.asText()) : java.util.Optional.<Role>empty();
            if (known.isEmpty()) {
                problems.add("Rôle inconnu " + node + " : " + roleCodes() + ".");
            } else {
                roles.add(known.get());
            }
        }
        String region = optionalText(body, "region", problems);
        if (region != null && !REGION.matcher(region).matches()) {
            problems.add("« region » est un code ISO 3166-2 de région, par ex. ARA, IDF, 20R.");
            region = null;
        }
        boolean noRegion = body.get("region") == null || body.get("region").isNull();
        if (roles.contains(Role.REGIONAL_ORGANISER) && noRegion) {
            problems.add("« region » est obligatoire pour un regional-organiser (par ex. \"ARA\").");
        }
        String sub = optionalText(body, "sub", problems);
        if (sub != null && (sub.length() > 128 || sub.isBlank())) {
            problems.add("« sub » fait de 1 à 128 caractères.");
        }
        String email = optionalText(body, "email", problems);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add("« email » n'est pas une adresse électronique.");
        }
        Duration ttl = null;
        JsonNode ttlSeconds = body.get("ttlSeconds");
        if (ttlSeconds != null && !ttlSeconds.isNull()) {
            if (!ttlSeconds.canConvertToLong() || !ttlSeconds.isIntegralNumber()
                    || ttlSeconds.asLong() < 1 || ttlSeconds.asLong() > MAX_TTL.toSeconds()) {
                problems.add("« ttlSeconds » est un entier de 1 à " + MAX_TTL.toSeconds() + ".");
            } else {
                ttl = Duration.ofSeconds(ttlSeconds.asLong());
            }
        }
        String tokenUse = optionalText(body, "tokenUse", problems);
        if (tokenUse != null && !tokenUse.equals(ACCESS) && !tokenUse.equals(ID)) {
            problems.add("« tokenUse » vaut access (par défaut) ou id.");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new TokenRequest(roles, region, sub, email, ttl, tokenUse);
    }

    private static String optionalText(JsonNode body, String field, List<String> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add("« " + field + " » doit être une chaîne.");
            return null;
        }
        return node.asText().trim();
    }

    private static String roleCodes() {
        return Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", "));
    }

    private static String defaultSub(Set<Role> roles, String region) {
        String sub = EnumSet.copyOf(roles).stream().map(Role::code).collect(Collectors.joining("+"));
        return region == null ? sub : sub + "-" + region.toLowerCase(Locale.ROOT);
    }
}
