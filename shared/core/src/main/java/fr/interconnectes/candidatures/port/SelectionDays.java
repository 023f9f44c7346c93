package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.selectionday.SelectionDay;
import java.util.Optional;

/** Where each campaign's selection day (its plan and timetable) is kept: one record per campaign. */
public interface SelectionDays {

    Optional<SelectionDay> find(String campaignId);

    /**
     * Writes the day if it is still at {@code day.revision()} (0: must not exist yet); returns it at its new
     * revision.
     *
     * @throws Candidacies.StaleRevision when another write came first (nothing is written then)
     */
    SelectionDay save(SelectionDay day);
}
