package fr.interconnectes.candidatures.convocations;

import java.util.Objects;

/** Who convenes, as calendar invites name them: the call's organisers, at the address mails are sent from. */
public record Organizer(String name, String email) {

    public Organizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    /** Les Interconnectés, at the sender address of the configuration. */
    public static Organizer interconnectes(String mailFrom) {
        return new Organizer("Les Interconnectés", mailFrom);
    }
}
