package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dossiers a campaign's selection day hears (submitted, not withdrawn), each with its applicant's declared
 * unavailabilities and its jurors' conflicts of interest, read once from the stores.
 */
record Hearings(Map<String, Candidacy> dossiers, Map<String, Hearing> hearings) {

    static Hearings of(Campaign campaign, Candidacies candidacies, Availabilities availabilities,
                       JuryRecords juryRecords) {
        Map<String, Candidacy> dossiers = new LinkedHashMap<>();
        candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).forEach(c -> dossiers.put(c.id(), c));
        Map<String, Availability> declared = new HashMap<>();
        availabilities.forCampaign(campaign.id()).forEach(a -> declared.put(a.candidacyId(), a));
        Map<String, Set<String>> conflicts = new HashMap<>();
        for (JuryRecord record : juryRecords.forCampaign(campaign.id())) {
            if (record.conflicted()) {
                conflicts.computeIfAbsent(record.candidacyId(), id -> new HashSet<>()).add(record.jurorId());
            }
        }
        Map<String, Hearing> hearings = new LinkedHashMap<>();
        for (Candidacy dossier : dossiers.values()) {
            Availability availability = declared.get(dossier.id());
            hearings.put(dossier.id(), new Hearing(dossier.id(),
                    dossier.form().project() == null ? campaign.track() : dossier.form().project().track(),
                    availability == null ? List.of() : availability.unavailable(),
                    conflicts.getOrDefault(dossier.id(), Set.of()),
                    dossier.receipt() == null ? dossier.id() : dossier.receipt().number()));
        }
        return new Hearings(dossiers, hearings);
    }

    List<Hearing> all() {
        return List.copyOf(hearings.values());
    }
}
