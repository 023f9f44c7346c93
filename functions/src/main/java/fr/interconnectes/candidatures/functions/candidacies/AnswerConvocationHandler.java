package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.convocations.AnswerConvocation;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.http.convocations.ConvocationRequests;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/**
 * {@code POST /candidacies/{candidacyId}/convocation} {@code {"attendance": "confirmed" | "declined", "note"}}, with
 * the dossier's token: the applicant's answer to their convocation; answers the dossier.
 */
public final class AnswerConvocationHandler extends HttpFunction {

    private final AnswerConvocation answerConvocation;

    /** On Lambda: the dossier in DynamoDB. */
    public AnswerConvocationHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private AnswerConvocationHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.clock());
    }

    public AnswerConvocationHandler(Campaigns campaigns, Candidacies candidacies, Clock clock) {
        this.answerConvocation = new AnswerConvocation(new ApplicantAccess(candidacies), campaigns,
                new CandidacyWriter(candidacies), new ApplicationForms(), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var answer = ConvocationRequests.answer(request);
        return ApplicantResponses.dossier(answerConvocation.execute(request.candidacyId(),
                ApplicantRequests.authorization(request), answer), request.language());
    }
}
