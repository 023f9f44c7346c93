package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.selectionday.Availability;
import java.util.List;
import java.util.Optional;

/** The applicants' declared unavailabilities on the selection day, one record per dossier. */
public interface Availabilities {

    Optional<Availability> find(String candidacyId);

    /** Every dossier's of the campaign that declared any. */
    List<Availability> forCampaign(String campaignId);

    /** Replaces the dossier's declaration (only its applicant writes it: the last one holds). */
    void save(Availability availability);
}
