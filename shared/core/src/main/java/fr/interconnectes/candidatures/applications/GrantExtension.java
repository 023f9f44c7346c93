package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * An organiser grants one dossier a personal deadline beyond the campaign's (or removes it). The applicant
 * flow honours it for every write; a draft the closing job had expired opens again.
 */
public record GrantExtension(Campaigns campaigns, CandidacyWriter writer, Audit audit, Clock clock) {

    public record Granted(Candidacy candidacy, Campaign campaign) {
    }

    /** @param deadline the personal deadline, or null to remove it */
    public Granted execute(Principal caller, String candidacyId, Instant deadline, String reason) {
        Candidacy loaded = writer.require(candidacyId);
        Campaign campaign = campaigns.require(loaded.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        if (deadline != null && !deadline.isAfter(campaign.closesAt())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("deadline", "before_campaign_deadline",
                    new LocalizedText("Une prolongation doit dépasser la date limite de la campagne.",
                            "An extension must go beyond the campaign's deadline."))));
        }
        Instant now = clock.instant();
        Candidacy stored = writer.apply(loaded, current -> current.withPersonalDeadline(deadline, now));
        audit.record(caller, campaign.id(), candidacyId, deadline == null ? "extension_removed" : "extension_granted",
                "deadline", deadline, "reason", reason == null ? "" : reason);
        return new Granted(stored, campaign);
    }
}
