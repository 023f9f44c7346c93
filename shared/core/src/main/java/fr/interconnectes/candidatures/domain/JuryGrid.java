package fr.interconnectes.candidatures.domain;

import java.util.List;

/** The common grid of the Interconnectés juries: five criteria, each scored 0 to 10, weight 1. */
public final class JuryGrid {

    private JuryGrid() {
    }

    public static List<Criterion> common() {
        return List.of(
                criterion("innovation", "Innovation", "Innovation"),
                criterion("user_focus", "Prise en compte des usagers", "User focus"),
                criterion("partnership", "Partenariats", "Partnership"),
                criterion("pooling_interoperability", "Mutualisation et interopérabilité", "Pooling and interoperability"),
                criterion("return_on_investment", "Retour sur investissement", "Return on investment"));
    }

    private static Criterion criterion(String id, String french, String english) {
        return new Criterion(id, new LocalizedText(french, english), 0, 10, 1.0);
    }
}
