package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.ErrorKind;
import fr.interconnectes.candidatures.domain.LocalizedText;

/** The refusals of the selection day's rules (plan, timetable, availability, jury), stable like {@code ErrorCode}'s. */
public enum SelectionDayError implements ErrorKind {
    SELECTION_DAY_TOO_SHORT("Le programme ne peut accueillir que {0} audition(s) pour {1} dossier(s) déposé(s) : {2} dossier(s) n''y tiennent pas. Ajoutez un jury, avancez le début, repoussez la fin ou raccourcissez les pauses.",
            "The plan holds only {0} audition(s) for {1} submitted dossier(s): {2} dossier(s) do not fit. Add a panel, start earlier, end later or shorten the breaks."),
    TIMETABLE_INFEASIBLE("{0} dossier(s) sur {1} ne trouvent pas de créneau (indisponibilités des candidats, conflits d''intérêts des jurés, pauses, fin de journée) : ils sont listés dans « fields ».",
            "{0} of {1} dossier(s) find no slot (applicants'' unavailabilities, jurors'' conflicts of interest, breaks, end of day): they are listed in \"fields\"."),
    SELECTION_DAY_NOT_PLANNED("La journée de sélection de cette campagne n''est pas encore planifiée (PUT /admin/campaigns/{0}/selection-day).",
            "This campaign''s selection day is not planned yet (PUT /admin/campaigns/{0}/selection-day)."),
    TIMETABLE_NOT_GENERATED("Le programme des auditions n''est pas encore établi (POST /admin/campaigns/{0}/timetable).",
            "The audition timetable is not made yet (POST /admin/campaigns/{0}/timetable)."),
    TIMETABLE_ALREADY_MADE("Le programme des auditions est déjà établi : vos indisponibilités ne peuvent plus être modifiées ici, écrivez aux organisateurs.",
            "The audition timetable is already made: your unavailabilities can no longer be changed here, write to the organisers."),
    SLOT_NOT_FOUND("Créneau « {0} » introuvable dans ce programme.", "Slot \"{0}\" not found in this timetable."),
    SLOT_OUTSIDE_DAY("Ce créneau sort de la journée : les auditions ont lieu de {0} à {1} (heure de {2}).",
            "This slot falls outside the day: auditions run from {0} to {1} ({2} time)."),
    SLOT_OVERLAPS_BREAK("Ce créneau empiète sur une pause ({0} – {1}).", "This slot overlaps a break ({0} - {1})."),
    SLOT_TAKEN("Ce jury entend déjà un autre dossier à ce moment-là (créneau « {0} », changement compris).",
            "This panel already hears another dossier then (slot \"{0}\", changeover included)."),
    APPLICANT_UNAVAILABLE("Le candidat a déclaré ne pas être disponible à ce moment-là.",
            "The applicant declared they are not available then."),
    PANEL_CONFLICT_OF_INTEREST("Un juré de ce jury a déclaré un conflit d''intérêts sur ce dossier : ce jury ne peut pas l''entendre.",
            "A juror of this panel declared a conflict of interest on this dossier: this panel cannot hear it."),
    PANEL_NOT_FOUND("Jury « {0} » introuvable dans le programme de la journée.", "Panel \"{0}\" not found in the day''s plan."),
    NOT_IN_A_PANEL("Vous ne siégez dans aucun jury de cette journée de sélection.",
            "You sit in no panel of this selection day.");

    private final LocalizedText patterns;

    SelectionDayError(String french, String english) {
        this.patterns = new LocalizedText(french, english);
    }

    @Override
    public LocalizedText patterns() {
        return patterns;
    }
}
