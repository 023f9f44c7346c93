package fr.interconnectes.candidatures.domain;

import java.time.LocalDate;

/**
 * The regional jury day: date, place and the audition format (15 minutes for the label; a 5-minute pitch
 * and 5 minutes of questions for start-ups).
 */
public record RegionalSelection(LocalDate date, String place, int presentationMinutes, int questionMinutes) {

    public int auditionMinutes() {
        return presentationMinutes + questionMinutes;
    }
}
