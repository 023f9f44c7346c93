package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.Language;
import java.util.Objects;

/**
 * A juror sitting in a panel: their account id (the token's {@code sub}), and, for the reminders, how to write
 * to them (optional: a juror without an address is reported, not mailed).
 */
public record PanelJuror(String id, String name, String email, Language language) {

    public PanelJuror {
        Objects.requireNonNull(id, "id");
        language = language == null ? Language.FR : language;
    }

    public static PanelJuror of(String id) {
        return new PanelJuror(id, null, null, Language.FR);
    }
}
