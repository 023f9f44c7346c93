package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JobCheckpoints;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.privacy.ApplyRetention;
import fr.interconnectes.candidatures.privacy.DossierErasure;
import fr.interconnectes.candidatures.privacy.LinkedDossiers;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scheduled: erases the personal data of the dossiers past their campaign's retention period, as far as the run's
 * time allows; the next run goes on from its checkpoint.
 */
public final class ApplyRetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final JsonLogger LOG = JsonLogger.of(ApplyRetentionHandler.class);
    /** Without a Lambda context (a test, the local runner): the budget of a run. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(40);
    /** Kept from the function's timeout for the last page and the checkpoint after it. */
    static final Duration MARGIN = Duration.ofSeconds(20);

    private final ApplyRetention applyRetention;

    /** On Lambda: dossiers, jury records, checkpoint and audit log in DynamoDB, the files in S3. */
    public ApplyRetentionHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ApplyRetentionHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.fileStore(), aws.auditLog(),
                aws.jobCheckpoints(), aws.clock(), ApplyRetention.DEFAULT_PAGE_SIZE);
    }

    public ApplyRetentionHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, FileStore files,
                                 AuditLog auditLog, JobCheckpoints checkpoints, Clock clock, int pageSize) {
        DossierErasure erasure = new DossierErasure(new CandidacyWriter(candidacies), juryRecords, files,
                new Audit(auditLog, clock), clock);
        this.applyRetention = new ApplyRetention(campaigns, candidacies, new LinkedDossiers(campaigns, candidacies),
                erasure, checkpoints, clock, pageSize);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Duration budget = context == null ? DEFAULT_BUDGET
                : Duration.ofMillis(Math.max(0, context.getRemainingTimeInMillis() - MARGIN.toMillis()));
        var round = applyRetention.execute(budget);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("erased", round.erased());
        result.put("finished", round.finished());
        result.put("pending", round.pending());
        result.put("scanned", round.scanned());
        result.put("pages", round.pages());
        result.put("sweepComplete", round.sweepComplete());
        LOG.info("retention round", "erased", round.erased(), "finished", round.finished(), "pending", round.pending(),
                "scanned", round.scanned(), "pages", round.pages(), "sweepComplete", round.sweepComplete());
        return result;
    }
}
