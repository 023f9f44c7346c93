package fr.interconnectes.candidatures.domain;

import java.time.Instant;
import java.time.Period;

/**
 * How long a campaign keeps the personal data of its dossiers once its selection is over, by what became of
 * them: dossiers never filed (drafts expired, withdrawn), dossiers filed but not selected, finalists (kept longer:
 * the national round, the label's record of its laureates). Past it, the retention job erases their personal data
 * and keeps an anonymised record for the statistics.
 *
 * @param unfiledMonths     drafts and withdrawn dossiers
 * @param notSelectedMonths submitted dossiers that were not selected (or never decided)
 * @param finalistMonths    finalists and laureates
 */
public record RetentionPolicy(int unfiledMonths, int notSelectedMonths, int finalistMonths) {

    public static final int DEFAULT_UNFILED_MONTHS = 12;
    public static final int DEFAULT_NOT_SELECTED_MONTHS = 36;
    public static final int DEFAULT_FINALIST_MONTHS = 60;
    /** Fifty years: anything longer is a typing error, not a policy. */
    public static final int MAX_MONTHS = 600;

    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(DEFAULT_UNFILED_MONTHS,
            DEFAULT_NOT_SELECTED_MONTHS, DEFAULT_FINALIST_MONTHS);

    /** What became of a dossier, for its retention. */
    public enum Category { UNFILED, NOT_SELECTED, FINALIST }

    public RetentionPolicy {
        for (int months : new int[] {unfiledMonths, notSelectedMonths, finalistMonths}) {
            if (months < 1 || months > MAX_MONTHS) {
                throw new IllegalArgumentException("retention of " + months + " months not within 1.." + MAX_MONTHS);
            }
        }
    }

    public int months(Category category) {
        return switch (category) {
            case UNFILED -> unfiledMonths;
            case NOT_SELECTED -> notSelectedMonths;
            case FINALIST -> finalistMonths;
        };
    }

    /** The shortest of the periods: before the selection's end plus this, nothing of the campaign is due. */
    public int shortestMonths() {
        return Math.min(unfiledMonths, Math.min(notSelectedMonths, finalistMonths));
    }

    /**
     * When the selection of {@code campaign} is over, the moment retention periods count from: the end of its
     * selection day in its zone, or its closing when it has no selection day.
     */
    public static Instant selectionEnd(Campaign campaign) {
        RegionalSelection selection = campaign.regionalSelection();
        if (selection == null || selection.date() == null) {
            return campaign.closesAt();
        }
        return selection.date().plusDays(1).atStartOfDay(campaign.timeZone()).toInstant();
    }

    /** When a dossier of {@code category} in {@code campaign} is due for erasure. */
    public Instant erasableAt(Campaign campaign, Category category) {
        return selectionEnd(campaign).atZone(campaign.timeZone()).plus(Period.ofMonths(months(category))).toInstant();
    }
}
