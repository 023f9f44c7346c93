package fr.interconnectes.candidatures.domain;

import java.util.Locale;

/** Where a campaign stands, computed from the server clock at request time. */
public enum CampaignStatus {
    UPCOMING, OPEN, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
