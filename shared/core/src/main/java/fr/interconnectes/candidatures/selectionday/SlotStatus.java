package fr.interconnectes.candidatures.selectionday;

import java.util.Locale;

/** A slot is kept once given, for its calendar invite: removed (its dossier withdrawn, or no longer heard) rather than deleted. */
public enum SlotStatus {
    SCHEDULED, REMOVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
