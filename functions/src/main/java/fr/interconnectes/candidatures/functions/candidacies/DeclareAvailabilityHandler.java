package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.selectionday.SelectionDayRequests;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.DeclareAvailability;
import java.time.Clock;
import java.time.ZoneId;

/** {@code PUT /candidacies/{candidacyId}/availability}: the applicant declares when they cannot come (Bearer token). */
public final class DeclareAvailabilityHandler extends HttpFunction {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DeclareAvailability declareAvailability;

    /** On Lambda: the dossier, its campaign, its selection day and availability in DynamoDB. */
    public DeclareAvailabilityHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private DeclareAvailabilityHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays(), aws.availabilities(), aws.clock());
    }

    public DeclareAvailabilityHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                                      Availabilities availabilities, Clock clock) {
        this.declareAvailability = new DeclareAvailability(new ApplicantAccess(candidacies), campaigns, days,
                availabilities, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var command = SelectionDayRequests.availability(request, ApplicantRequests.authorization(request));
        return ApiResponse.json(200, SelectionDayJson.of(declareAvailability.execute(command), PARIS));
    }
}
