package fr.interconnectes.candidatures.domain.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in organiser or juror, as the verified token describes them.
 *
 * @param sub    the user's stable id in the user pool (claim {@code sub})
 * @param email  their e-mail address, {@code null} when the token does not carry it
 * @param roles  from their groups, in the order of {@link Role}; empty for a user in no known group
 * @param region ISO 3166-2 code of their region ({@code custom:region}, e.g. {@code ARA}), {@code null}
 *               when the token carries none. A regional organiser without a region is scoped to no
 *               region at all, never to every region.
 */
public record Principal(String sub, String email, Set<Role> roles, String region) {

    public Principal {
        Objects.requireNonNull(sub, "sub");
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        roles = Collections.unmodifiableSet(ordered);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
