package fr.interconnectes.candidatures.local.demo;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo campaigns of a local run: Auvergne-Rhône-Alpes 2019 (applications until 10 October, regional
 * jury on 17 October in Annecy) and the same calendar in 2027, so one edition is closed and one open; and the
 * 2027 national round (region FR), which regional finalists are carried into (national jury on 2 December in
 * Lyon).
 */
public final class DemoCampaigns {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Region AURA = new Region("ARA", "Auvergne-Rhône-Alpes");
    public static final Region FRANCE = new Region("FR", "France");

    private DemoCampaigns() {
    }

    public static List<Campaign> all() {
        return List.of(label(2019), startup(2019), label(2027), startup(2027),
                national(2027, Track.LABEL), national(2027, Track.STARTUP));
    }

    /**
     * The national round of an edition ({@code national-2027-label}...): it opens the day after the regional
     * juries, takes the finalists until 15 November (the whole day, Paris time) and meets on 2 December in Lyon.
     */
    public static Campaign national(int edition, Track track) {
        LocalizedText title = track == Track.LABEL
                ? new LocalizedText("Label Territoires Innovants " + edition + " – finale nationale",
                        "Innovative Territories Label " + edition + " – national final")
                : new LocalizedText("Concours start-up " + edition + " – finale nationale",
                        "Start-up contest " + edition + " – national final");
        RegionalSelection selection = track == Track.LABEL
                ? new RegionalSelection(LocalDate.of(edition, 12, 2), "Lyon", 15, 0)
                : new RegionalSelection(LocalDate.of(edition, 12, 2), "Lyon", 5, 5);
        return campaign("national-" + edition + "-" + track.code(), title, FRANCE, track, edition,
                LocalDate.of(edition, 10, 18), LocalDate.of(edition, 11, 15), selection);
    }

    public static Campaign label(int edition) {
        return regional(edition, Track.LABEL,
                new LocalizedText("Label Territoires Innovants " + edition + " – Auvergne-Rhône-Alpes",
                        "Innovative Territories Label " + edition + " – Auvergne-Rhône-Alpes"),
                new RegionalSelection(LocalDate.of(edition, 10, 17), "Annecy", 15, 0));
    }

    public static Campaign startup(int edition) {
        return regional(edition, Track.STARTUP,
                new LocalizedText("Concours start-up " + edition + " – Auvergne-Rhône-Alpes",
                        "Start-up contest " + edition + " – Auvergne-Rhône-Alpes"),
                new RegionalSelection(LocalDate.of(edition, 10, 17), "Annecy", 5, 5));
    }

    /** 2019 opened on 3 June; the 2027 call is already open (since 1 September 2026) so it can be tried today. */
    static LocalDate opening(int edition) {
        return edition <= 2019 ? LocalDate.of(edition, 6, 3) : LocalDate.of(edition - 1, 9, 1);
    }

    private static Campaign regional(int edition, Track track, LocalizedText title, RegionalSelection selection) {
        return campaign("aura-" + edition + "-" + track.code(), title, AURA, track, edition, opening(edition),
                LocalDate.of(edition, 10, 10), selection);
    }

    /**
     * Open from the start of {@code opens} to the end of {@code closes}, Paris time: "jusqu'au 10 octobre" means
     * the whole day counts, up to the last millisecond.
     */
    private static Campaign campaign(String id, LocalizedText title, Region region, Track track, int edition,
                                     LocalDate opens, LocalDate closes, RegionalSelection selection) {
        return new Campaign(
                id,
                title,
                region,
                track,
                edition,
                opens.atStartOfDay(PARIS).toInstant(),
                LocalDateTime.of(closes, LocalTime.of(23, 59, 59, 999_000_000)).atZone(PARIS).toInstant(),
                PARIS,
                selection,
                JuryGrid.common(),
                UploadLimits.defaults());
    }
}
