package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.export.ExportFile;
import fr.interconnectes.candidatures.http.reporting.ExportQuery;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import java.time.Clock;

/**
 * {@code GET /admin/campaigns/{campaignId}/export?format=csv|json&separator=;|,&language=fr|en}: the
 * dossiers with their scores and ranks, as a file to download. A {@code ;} file uses decimal commas, as
 * French spreadsheets expect.
 */
public final class ExportCandidaciesHandler extends AdminFunction {

    private final ExportCandidacies exportCandidacies;

    /** On Lambda: the dossiers, their jury sheets and the audit log in DynamoDB. */
    public ExportCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ExportCandidaciesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.auditLog(), aws.clock());
    }

    public ExportCandidaciesHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                                    AuditLog auditLog, Clock clock) {
        this.exportCandidacies = new ExportCandidacies(new RankCandidacies(campaigns, candidacies, juryRecords),
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ExportFile.response(exportCandidacies.prepare(caller, request.campaignId(), ExportQuery.of(request)));
    }
}
