package fr.interconnectes.candidatures.domain.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in organiser or juror may do, from their groups in the Cognito user pool (template.yaml):
 * one role per group.
 */
public enum Role {
    /** Group {@code organisers}: national organisers, every region. */
    ORGANISER("organisers"),
    /** Group {@code regional-organisers}: organisers of the one region of their {@code custom:region}. */
    REGIONAL_ORGANISER("regional-organisers"),
    /** Group {@code jurors}. */
    JUROR("jurors");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The user pool group that gives this role. */
    public String group() {
        return group;
    }

    /** How the API names the role: {@code organiser}, {@code regional-organiser}, {@code juror}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role a user pool group gives; empty for a group that gives none. */
    public static Optional<Role> ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role of an API name ({@link #code()}); empty when unknown. */
    public static Optional<Role> ofCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
