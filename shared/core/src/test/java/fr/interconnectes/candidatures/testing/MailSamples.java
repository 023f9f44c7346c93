package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.notifications.ConfirmationMail.Attachment;
import fr.interconnectes.candidatures.notifications.MailHeader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Values for mail models, chosen to catch what a renderer gets wrong: an organisation with HTML specials, a project
 * title with French quotes, a link carrying a token, moments in summer and winter time.
 */
public final class MailSamples {

    public static final String TO = "maire@ville-test.example";
    public static final String TITLE_FR = "Label Territoires Innovants 2019 – Auvergne-Rhône-Alpes";
    public static final String TITLE_EN = "Innovative Territories Label 2019 – Auvergne-Rhône-Alpes";
    public static final String ORG = "Ville <de> \"Test\" & Co";
    public static final String PROJECT = "Tiers-lieu numérique « La Fabrique »";
    public static final String RECEIPT = "ARA-2019-L-0042";
    public static final String TOKEN = "s3cr3t-T0ken";
    public static final String LINK = "https://candidatures.example.org/dossiers/d-123?token=" + TOKEN;
    /** Thursday 10 October 2019, 23:59 in Paris, summer time (UTC+2). */
    public static final Instant SUMMER = Instant.parse("2019-10-10T21:59:00Z");
    /** Thursday 16 January 2020, 23:59 in Paris, winter time (UTC+1). */
    public static final Instant WINTER = Instant.parse("2020-01-16T22:59:00Z");
    public static final Instant DEADLINE = Instant.parse("2019-10-15T21:59:00Z");
    public static final RegionalSelection SELECTION =
            new RegionalSelection(LocalDate.of(2019, 10, 17), "Annecy", 15, 0);
    public static final List<Attachment> FILES = List.of(
            new Attachment("dossier-candidature.pdf", 1_258_291),
            new Attachment("budget prévisionnel.ods", 345_000),
            new Attachment("logo.png", 512));

    private MailSamples() {
    }

    public static String title(Language language) {
        return language == Language.EN ? TITLE_EN : TITLE_FR;
    }

    /** To {@link #TO}, about {@link #ORG}'s {@link #PROJECT}, in Paris time. */
    public static MailHeader header(Language language) {
        return new MailHeader(TO, language, null, title(language), ORG, PROJECT);
    }
}
