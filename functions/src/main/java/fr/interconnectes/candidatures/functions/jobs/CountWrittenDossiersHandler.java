package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.reporting.CountWrittenDossiers;
import java.util.List;

/**
 * DynamoDB stream: every dossier written reaches its campaign's counters (what the staff's lists count) a second or
 * so after the write, so that no applicant's or staff member's request waits for the counter shard. A record the
 * table could not answer for is handed back to Lambda, which retries it, then keeps it in the failure queue.
 */
public final class CountWrittenDossiersHandler extends DossierStreamFunction {

    private static final JsonLogger LOG = JsonLogger.of(CountWrittenDossiersHandler.class);

    private final CountWrittenDossiers countWrittenDossiers;

    /** On Lambda: the dossiers and their campaigns' counters in DynamoDB. */
    public CountWrittenDossiersHandler() {
        this(AwsAdapters.fromEnvironment().candidacies());
    }

    public CountWrittenDossiersHandler(Candidacies candidacies) {
        this.countWrittenDossiers = new CountWrittenDossiers(candidacies);
    }

    @Override
    protected List<String> handleDossiers(int records, List<String> candidacyIds) {
        var result = countWrittenDossiers.execute(candidacyIds);
        LOG.info("stream batch", "records", records, "dossiers", result.dossiers(),
                "handedBack", result.unreachable().size());
        return result.unreachable();
    }
}
