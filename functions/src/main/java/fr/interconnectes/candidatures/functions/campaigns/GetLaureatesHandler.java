package fr.interconnectes.candidatures.functions.campaigns;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.laureates.LaureateResponses;
import fr.interconnectes.candidatures.laureates.GetLaureates;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.PublishedResults;

/** {@code GET /campaigns/{campaignId}/laureates}, public: the published palmarès, nothing personal. */
public final class GetLaureatesHandler extends HttpFunction {

    private final GetLaureates getLaureates;

    /** On Lambda: the campaign and its palmarès in DynamoDB. */
    public GetLaureatesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetLaureatesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.publishedResults());
    }

    public GetLaureatesHandler(Campaigns campaigns, PublishedResults results) {
        this.getLaureates = new GetLaureates(campaigns, results);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return LaureateResponses.published(getLaureates.execute(request.campaignId()), request.language());
    }
}
