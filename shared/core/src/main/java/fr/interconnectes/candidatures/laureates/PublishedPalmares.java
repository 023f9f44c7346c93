package fr.interconnectes.candidatures.laureates;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Palmares;

/** A campaign (for its title, region, edition and track) and its published palmarès. */
public record PublishedPalmares(Campaign campaign, Palmares palmares) {
}
