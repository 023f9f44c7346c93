package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;

/**
 * The form an applicant sent, read by the use case once it knows the campaign's track.
 *
 * <p>What a valid form is depends on the track (the project's fields, the organisation kinds, what is
 * required), and only the use case learns the track, by loading the campaign or the dossier's campaign.
 * Reading the request into a neutral shape first would have to carry the JSON's own faults (wrong types,
 * unknown keys, duplicate keys) along to report them with the track's, every faulty field at once; so the
 * request's reader hands over this instead, and the use case calls it with the track. It also reads the form
 * only where a form counts: a request to a campaign that does not exist, takes no applications or is closed,
 * or to someone else's dossier, is answered as such whatever its body says.
 *
 * <p>The http module implements it with its JSON parser; tests with a form they built.
 */
@FunctionalInterface
public interface ApplicationFormInput {

    /**
     * @throws fr.interconnectes.candidatures.domain.DomainException the request's fault: body too large,
     *         malformed, or {@code validation_failed} listing every faulty field
     */
    ApplicationForm readFor(Track track);
}
