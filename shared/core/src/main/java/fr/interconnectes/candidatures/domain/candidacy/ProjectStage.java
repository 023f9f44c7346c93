package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.LocalizedText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a label project stands: under way or done. */
public enum ProjectStage {
    EN_COURS("En cours", "In progress"),
    REALISE("Réalisé", "Completed");

    private final LocalizedText label;

    ProjectStage(String french, String english) {
        this.label = new LocalizedText(french, english);
    }

    /** The code sent and stored: {@code en_cours} or {@code realise}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<ProjectStage> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }
}
