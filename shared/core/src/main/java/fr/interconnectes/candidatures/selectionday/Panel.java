package fr.interconnectes.candidatures.selectionday;

import java.util.List;
import java.util.Objects;

/** One jury hearing applicants in one room, one after the other. */
public record Panel(String id, String room, List<PanelJuror> jurors) {

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(room, "room");
        jurors = List.copyOf(jurors);
    }

    public List<String> jurorIds() {
        return jurors.stream().map(PanelJuror::id).toList();
    }

    public boolean seats(String jurorId) {
        return jurors.stream().anyMatch(j -> j.id().equals(jurorId));
    }
}
