package fr.interconnectes.candidatures.domain;

/** A storage or mail service could not be reached; nothing was written, the client may retry later. */
public class Unavailable extends RuntimeException {

    public Unavailable(String what, Throwable cause) {
        super(what + " unavailable", cause);
    }
}
