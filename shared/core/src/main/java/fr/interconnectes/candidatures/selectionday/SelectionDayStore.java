package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.dossiers.OptimisticWrite;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.util.function.UnaryOperator;

/** Reads a campaign's selection day and changes it the {@link OptimisticWrite} way. */
record SelectionDayStore(SelectionDays days) {

    /** The day, or a 409 {@code selection_day_not_planned}. */
    SelectionDay require(String campaignId) {
        return days.find(campaignId)
                .orElseThrow(() -> new DomainException(SelectionDayError.SELECTION_DAY_NOT_PLANNED, campaignId));
    }

    /** The day and its timetable, or a 409 saying which one is missing. */
    SelectionDay requireTimetable(String campaignId) {
        SelectionDay day = require(campaignId);
        if (day.timetable() == null) {
            throw new DomainException(SelectionDayError.TIMETABLE_NOT_GENERATED, campaignId);
        }
        return day;
    }

    /**
     * Applies {@code change} to the day as stored (null when there is none yet) until it is written.
     *
     * @param change returns the day to store, or the same instance to store nothing
     */
    SelectionDay write(String campaignId, UnaryOperator<SelectionDay> change) {
        return OptimisticWrite.apply(days.find(campaignId).orElse(null), change, days::save,
                () -> days.find(campaignId).orElse(null));
    }
}
