package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.jury.SubmitScores;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;

/** {@code PUT /admin/candidacies/{candidacyId}/scores}: the assigned juror puts their own scores. */
public final class PutMyScoresHandler extends AdminFunction {

    private final SubmitScores submitScores;

    /** On Lambda: the dossier, the juror's record and the audit log in DynamoDB. */
    public PutMyScoresHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private PutMyScoresHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.auditLog(), aws.clock());
    }

    public PutMyScoresHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                              AuditLog auditLog, Clock clock) {
        this.submitScores = new SubmitScores(new AdminAccess(juryRecords), campaigns, candidacies, juryRecords,
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var sheet = JuryRequests.submitScores(request.candidacyId(), request);
        return ApiResponse.json(200, JuryJson.of(submitScores.execute(caller, sheet)));
    }
}
