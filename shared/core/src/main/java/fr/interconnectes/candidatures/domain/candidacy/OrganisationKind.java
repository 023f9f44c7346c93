package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Track;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation applies: local authorities for the label, start-ups for the contest. */
public enum OrganisationKind {
    COMMUNE(Track.LABEL, "Commune", "Municipality"),
    EPCI(Track.LABEL, "Intercommunalité (EPCI)", "Inter-municipal body (EPCI)"),
    DEPARTEMENT(Track.LABEL, "Département", "Department (département)"),
    REGION(Track.LABEL, "Région", "Region"),
    SYNDICAT(Track.LABEL, "Syndicat mixte ou intercommunal", "Joint authority (syndicat)"),
    AUTRE(Track.LABEL, "Autre collectivité ou groupement", "Other authority or grouping"),
    STARTUP(Track.STARTUP, "Start-up", "Start-up");

    private final Track track;
    private final LocalizedText label;

    OrganisationKind(Track track, String french, String english) {
        this.track = track;
        this.label = new LocalizedText(french, english);
    }

    /** The code sent and stored: {@code commune}, {@code epci}... {@code startup}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Track track() {
        return track;
    }

    public LocalizedText label() {
        return label;
    }

    /** The kinds allowed for a track, in display order. */
    public static List<OrganisationKind> forTrack(Track track) {
        return Arrays.stream(values()).filter(k -> k.track == track).toList();
    }

    /** The kind of that code (case-insensitive) if it is allowed for the track. */
    public static Optional<OrganisationKind> fromCode(String code, Track track) {
        return forTrack(track).stream().filter(k -> k.code().equalsIgnoreCase(code)).findFirst();
    }
}
