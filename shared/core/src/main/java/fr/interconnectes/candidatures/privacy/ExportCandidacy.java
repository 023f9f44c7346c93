package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The applicant's right of access: everything the dossier holds about them, with short-lived links to download
 * each of their files. Their access token only.
 */
public record ExportCandidacy(ApplicantAccess access, Campaigns campaigns, FileStore files) {

    static final Duration LINK_VALIDITY = Duration.ofMinutes(10);

    public record Export(Candidacy candidacy, Campaign campaign, Map<String, FileStore.PresignedDownload> downloads) {
    }

    public Export execute(String candidacyId, String authorization) {
        Candidacy candidacy = access.open(candidacyId, authorization);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        Map<String, FileStore.PresignedDownload> downloads = new LinkedHashMap<>();
        candidacy.receivedAttachments().forEach(a ->
                downloads.put(a.id(), files.presignDownload(a.storageKey(), a.fileName(), LINK_VALIDITY)));
        return new Export(candidacy, campaign, downloads);
    }
}
