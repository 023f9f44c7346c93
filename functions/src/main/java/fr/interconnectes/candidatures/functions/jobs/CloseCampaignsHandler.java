package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.CloseCampaigns;
import java.util.Map;

/** Scheduled: closes campaigns past their deadline, expiring their drafts and telling their applicants. */
public final class CloseCampaignsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final JsonLogger LOG = JsonLogger.of(CloseCampaignsHandler.class);

    private final CloseCampaigns closeCampaigns;

    public CloseCampaignsHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public CloseCampaignsHandler(ApplicantPorts ports) {
        this.closeCampaigns = new CloseCampaigns(ports.campaigns(), ports.candidacies(), ports.writer(),
                ports.notifier(), ports.clock());
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        var closed = closeCampaigns.execute();
        LOG.info("closing round", "closedCampaigns", closed.campaigns(), "expiredDrafts", closed.expiredDrafts());
        return Map.of("closedCampaigns", closed.campaigns(), "expiredDrafts", closed.expiredDrafts());
    }
}
