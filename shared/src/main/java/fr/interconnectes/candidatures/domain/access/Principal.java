package fr.interconnectes.candidatures.domain.access;

import java.util.Set;

/** A signed-in organiser or juror, as the identity provider's token describes them. */
public record Principal(String sub, String email, Set<Role> roles, String region) {

    public Principal {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
