package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The caller, from the claims API Gateway's JWT authorizer passes on. HTTP APIs flatten the
 * {@code cognito:groups} array into a string such as {@code [organisers jurors]}.
 */
public final class Claims {

    private Claims() {
    }

    public static Principal principal(Map<String, String> claims) {
        String sub = claims.get("sub");
        if (sub == null || sub.isBlank()) {
            throw new DomainException(ErrorCode.UNAUTHORIZED);
        }
        return new Principal(sub, claims.get("email"), roles(claims.get("cognito:groups")), claims.get("custom:region"));
    }

    static Set<Role> roles(String groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups == null) {
            return roles;
        }
        for (String group : groups.replaceAll("[\\[\\]\"]", " ").split("[\\s,]+")) {
            switch (group.trim()) {
                case "organisers" -> roles.add(Role.ORGANISER);
                case "regional-organisers" -> roles.add(Role.REGIONAL_ORGANISER);
                case "jurors" -> roles.add(Role.JUROR);
                default -> {
                    // other groups carry no right here
                }
            }
        }
        return roles;
    }
}
