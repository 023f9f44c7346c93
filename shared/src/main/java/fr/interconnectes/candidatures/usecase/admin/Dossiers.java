package fr.interconnectes.candidatures.usecase.admin;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.Comparator;

/** Finding what an organiser's request is about: 404 for what does not exist. */
final class Dossiers {

    /** Submitted dossiers in receipt order (the order they were filed), then by id. */
    static final Comparator<Candidacy> BY_RECEIPT = Comparator
            .comparing((Candidacy c) -> c.receipt() == null ? "" : c.receipt().number())
            .thenComparing(Candidacy::id);

    private Dossiers() {
    }

    static Campaign campaign(Campaigns campaigns, String campaignId) {
        return campaigns.find(campaignId)
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND, campaignId));
    }

    static Candidacy candidacy(Candidacies candidacies, String candidacyId) {
        return candidacies.find(candidacyId)
                .orElseThrow(() -> new DomainException(ErrorCode.CANDIDACY_NOT_FOUND));
    }
}
