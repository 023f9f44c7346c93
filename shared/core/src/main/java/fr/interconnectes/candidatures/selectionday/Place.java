package fr.interconnectes.candidatures.selectionday;

import java.util.Objects;

/** Where the selection day is held: the venue's name and its postal address. */
public record Place(String name, String address) {

    public Place {
        Objects.requireNonNull(name, "name");
    }
}
