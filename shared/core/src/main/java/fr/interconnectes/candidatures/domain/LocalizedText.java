package fr.interconnectes.candidatures.domain;

import java.util.Objects;

/** A text people read, in French and in English (English falls back to French when missing). */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
    }

    public String in(Language language) {
        return language == Language.EN && en != null && !en.isBlank() ? en : fr;
    }
}
