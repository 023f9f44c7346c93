package fr.interconnectes.candidatures.domain;

/** One faulty field of a request: its JSON path, a stable code and the message in both languages. */
public record FieldError(String field, String code, LocalizedText message) {
}
