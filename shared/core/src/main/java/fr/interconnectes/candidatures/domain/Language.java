package fr.interconnectes.candidatures.domain;

import java.util.Locale;

/** The languages people read: French first, English available. */
public enum Language {
    FR, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return "en".equalsIgnoreCase(code) ? EN : FR;
    }

    /** Picks the language from an Accept-Language header: English only when asked for before French. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FR;
        }
        Language best = FR;
        double bestWeight = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException ignored) {
                        weight = 0;
                    }
                }
            }
            Language language = tag.startsWith("en") ? EN : tag.startsWith("fr") ? FR : null;
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best;
    }
}
