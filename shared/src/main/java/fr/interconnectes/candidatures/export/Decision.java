package fr.interconnectes.candidatures.export;

import java.util.Locale;

/** The regional jury's decision on a dossier, as exported: {@code finalist} or {@code not_selected}. */
public enum Decision {
    FINALIST, NOT_SELECTED;

    /** The code written in the exports: {@code finalist}, {@code not_selected}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
