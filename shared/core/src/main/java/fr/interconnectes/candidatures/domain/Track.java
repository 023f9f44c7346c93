package fr.interconnectes.candidatures.domain;

import java.util.Locale;

/** The two calls run in every region. */
public enum Track {
    /** Label Territoires Innovants: local authorities file a project dossier. */
    LABEL("L"),
    /** Start-up contest. */
    STARTUP("S");

    private final String receiptLetter;

    Track(String receiptLetter) {
        this.receiptLetter = receiptLetter;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String receiptLetter() {
        return receiptLetter;
    }

    public static Track fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
