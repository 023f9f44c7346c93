package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dossier in full for its organisers or its assigned jurors, with short-lived download links for its
 * files. Reading is recorded in the audit log like any other action.
 */
public record GetDossier(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, AdminAccess access,
                         FileStore files, Audit audit) {

    static final Duration DOWNLOAD_VALIDITY = Duration.ofMinutes(5);

    public record Dossier(Candidacy candidacy, Campaign campaign, Map<String, FileStore.PresignedDownload> downloads,
                          List<JuryRecord> jury, boolean asOrganiser) {
    }

    public Dossier execute(Principal caller, String candidacyId) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        boolean organiser = access.requireOrganiserOrAssignedJuror(caller, campaign, candidacyId).isEmpty();
        Map<String, FileStore.PresignedDownload> downloads = new LinkedHashMap<>();
        candidacy.receivedAttachments().forEach(a ->
                downloads.put(a.id(), files.presignDownload(a.storageKey(), a.fileName(), DOWNLOAD_VALIDITY)));
        audit.record(caller, campaign.id(), candidacyId, "dossier_viewed");
        return new Dossier(candidacy, campaign, downloads, organiser ? juryRecords.forCandidacy(candidacyId) : List.of(),
                organiser);
    }
}
