package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.laureates.LaureateResponses;
import fr.interconnectes.candidatures.laureates.PublishLaureates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.PublishedResults;
import java.time.Clock;

/**
 * {@code POST /admin/campaigns/{campaignId}/laureates}, no body: publishes the round's palmarès once its decisions
 * are sent (again: replaces it); answers it as {@code GET /campaigns/{campaignId}/laureates} will show it.
 */
public final class PublishLaureatesHandler extends AdminFunction {

    private final PublishLaureates publishLaureates;

    /** On Lambda: the dossiers, the palmarès and the audit log in DynamoDB. */
    public PublishLaureatesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private PublishLaureatesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.publishedResults(), aws.auditLog(), aws.clock());
    }

    public PublishLaureatesHandler(Campaigns campaigns, Candidacies candidacies, PublishedResults results,
                                   AuditLog auditLog, Clock clock) {
        this.publishLaureates = new PublishLaureates(campaigns, candidacies, results, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return LaureateResponses.published(publishLaureates.execute(caller, request.campaignId()), request.language());
    }
}
