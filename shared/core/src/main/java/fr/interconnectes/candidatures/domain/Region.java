package fr.interconnectes.candidatures.domain;

/** A French region, by its ISO 3166-2 code (e.g. {@code ARA}) and its name. */
public record Region(String code, String name) {

    /** The national round: its dossiers are the regional finalists, carried in by the organisers. */
    public static final String NATIONAL = "FR";

    public boolean national() {
        return NATIONAL.equals(code);
    }
}
