package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import java.util.Map;

/** Scheduled: sends the outbox mails still pending, with backoff, never one twice. */
public final class DeliverPendingMailsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final JsonLogger LOG = JsonLogger.of(DeliverPendingMailsHandler.class);

    private final DeliverPendingMails deliverPendingMails;

    public DeliverPendingMailsHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public DeliverPendingMailsHandler(ApplicantPorts ports) {
        this.deliverPendingMails = new DeliverPendingMails(ports.outbox());
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        var round = deliverPendingMails.execute();
        LOG.info("outbox round", "sent", round.sent(), "failed", round.failed());
        return Map.of("sent", round.sent(), "failed", round.failed());
    }
}
