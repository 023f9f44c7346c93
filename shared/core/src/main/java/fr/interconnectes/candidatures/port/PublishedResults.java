package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.Palmares;
import java.util.Optional;

/** Where each campaign's published palmarès is kept: one per campaign, replaced when published again. */
public interface PublishedResults {

    Optional<Palmares> find(String campaignId);

    void save(Palmares palmares);
}
