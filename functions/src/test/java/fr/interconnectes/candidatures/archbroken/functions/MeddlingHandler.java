package fr.interconnectes.candidatures.archbroken.functions;

import fr.interconnectes.candidatures.port.Campaigns;

/** Breaks both handler rules: it reads a port itself and calls another handler. */
public final class MeddlingHandler {

    private final Campaigns campaigns;

    public MeddlingHandler(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public String handle(String campaignId) {
        return campaigns.find(campaignId).isPresent() + OtherHandler.options();
    }
}
