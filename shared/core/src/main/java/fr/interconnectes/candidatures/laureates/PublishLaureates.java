package fr.interconnectes.candidatures.laureates;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.dossiers.Dossiers;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.PublishedResults;
import java.time.Clock;
import java.util.List;

/**
 * An organiser of the campaign publishes its results once the decisions are sent: every submitted dossier whose
 * finalist decision was sent (and not erased since) goes into the palmarès, as organisation, kind and project only. Refused while a
 * decision is still pending (409 {@code decisions_not_sent}), or when none was sent. Audited.
 */
public record PublishLaureates(Campaigns campaigns, Candidacies candidacies, PublishedResults results, Audit audit,
                               Clock clock) {

    public PublishedPalmares execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        List<Candidacy> decided = candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).stream()
                .filter(c -> c.decision() != null)
                .sorted(Dossiers.BY_RECEIPT)
                .toList();
        if (decided.isEmpty() || decided.stream().anyMatch(c -> c.decision().pending())) {
            throw new DomainException(ErrorCode.DECISIONS_NOT_SENT);
        }
        List<Laureate> laureates = decided.stream()
                .filter(c -> c.decision().outcome() == Decision.Outcome.FINALIST)
                .filter(c -> !c.erased()) // its organisation and project are gone
                .limit(Palmares.MAX_LAUREATES)
                .map(PublishLaureates::laureate)
                .toList();
        Palmares palmares = new Palmares(campaign.id(), laureates, clock.instant(), caller.sub());
        results.save(palmares);
        audit.record(caller, campaign.id(), null, "laureates.published", "laureates", laureates.size());
        return new PublishedPalmares(campaign, palmares);
    }

    private static Laureate laureate(Candidacy dossier) {
        var applicant = dossier.form().applicant();
        var project = dossier.form().project();
        return new Laureate(applicant.organisation(), applicant.kind(), project.title(), project.summary());
    }
}
