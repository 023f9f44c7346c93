package fr.interconnectes.candidatures.domain;

/** A French region, by its ISO 3166-2 code (e.g. {@code ARA}) and its name. */
public record Region(String code, String name) {
}
