package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.selectionday.AuditionFormat;
import fr.interconnectes.candidatures.selectionday.Break;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.PanelJuror;
import fr.interconnectes.candidatures.selectionday.Place;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The selection day of the label call in Annecy on 17 October of an edition, as the sample events plan it: panels
 * A (Sophie Girard) and B (a second juror), 9:00 to 18:00, 15-minute auditions, 5 minutes' changeover, lunch
 * 12:30-13:30.
 */
public final class SelectionDaySamples {

    public static final String SOPHIE = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    public static final String SECOND_JUROR = "9c858901-8a57-4791-81fe-4c455b099bc9";

    private SelectionDaySamples() {
    }

    public static Panel panelA() {
        return new Panel("A", "Salle Mont-Blanc", List.of(new PanelJuror(SOPHIE, "Sophie Girard",
                "sophie.girard@jury.example", Language.FR)));
    }

    public static Panel panelB() {
        return new Panel("B", "Salle Semnoz", List.of(PanelJuror.of(SECOND_JUROR)));
    }

    public static SelectionDayPlan annecy(int edition) {
        return plan(LocalDate.of(edition, 10, 17), LocalTime.of(9, 0), LocalTime.of(18, 0), 5,
                List.of(new Break(LocalTime.of(12, 30), LocalTime.of(13, 30), "Déjeuner")), List.of(panelA(), panelB()));
    }

    public static SelectionDayPlan plan(LocalDate date, LocalTime start, LocalTime latestEnd, int changeover,
                                        List<Break> breaks, List<Panel> panels) {
        return new SelectionDayPlan(date, Fixtures.PARIS, new Place("Impérial Palace", "Allée de l'Impérial, 74000 Annecy"),
                start, latestEnd, changeover, Map.of(Track.LABEL, new AuditionFormat(15, 0)), breaks, panels);
    }

    /** The plan stored for {@code campaignId}, without a timetable yet. */
    public static SelectionDay planned(String campaignId, SelectionDayPlan plan) {
        return new SelectionDay(campaignId, plan, null, Instant.parse("2027-09-01T08:00:00Z"), "organiser-sub", 1);
    }
}
