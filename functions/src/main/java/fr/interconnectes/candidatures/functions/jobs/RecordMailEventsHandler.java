package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.SnsFunction;
import fr.interconnectes.candidatures.http.gateway.SnsEvent;
import fr.interconnectes.candidatures.http.notifications.SesEvents;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.RecordMailOutcomes;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.List;
import java.util.Map;

/**
 * SNS: the events of the SES configuration set (bounce, complaint, delivery, reject) recorded on the outbox mail
 * they are about. When the table cannot be reached it throws: Lambda delivers the event twice more, then keeps it in
 * the dead-letter queue to be redriven. A report is never lost, and recording one twice changes nothing.
 */
public final class RecordMailEventsHandler extends SnsFunction {

    private static final JsonLogger LOG = JsonLogger.of(RecordMailEventsHandler.class);

    private final RecordMailOutcomes recordMailOutcomes;

    /** On Lambda: the dossiers' outboxes in DynamoDB. */
    public RecordMailEventsHandler() {
        this(AwsAdapters.fromEnvironment().candidacies());
    }

    public RecordMailEventsHandler(Candidacies candidacies) {
        this.recordMailOutcomes = new RecordMailOutcomes(new CandidacyWriter(candidacies));
    }

    @Override
    protected Map<String, Object> handle(SnsEvent event, Context context) {
        List<String> messages = event.messages();
        var recorded = recordMailOutcomes.execute(SesEvents.reports(messages));
        LOG.info("mail events", "received", messages.size(), "recorded", recorded.recorded(),
                "ignored", recorded.ignored());
        return Map.of("received", messages.size(), "recorded", recorded.recorded(), "ignored", recorded.ignored());
    }
}
