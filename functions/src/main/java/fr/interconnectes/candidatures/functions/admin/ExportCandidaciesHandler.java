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
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import java.time.Clock;

/**
 * {@code GET /admin/campaigns/{campaignId}/export?format=csv|json&separator=;|,&language=fr|en}: the
 * dossiers with their scores and ranks, as a file to download. A {@code ;} file uses decimal commas, as
 * French spreadsheets expect. Beyond 1,000 rows (or with {@code delivery=link}) the file is written to the bucket
 * under {@code exports/} and the answer is a link to it.
 */
public final class ExportCandidaciesHandler extends AdminFunction {

    private final ExportCandidacies exportCandidacies;

    /** On Lambda: the dossiers, their jury sheets and the audit log in DynamoDB. */
    public ExportCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ExportCandidaciesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.auditLog(), aws.clock(), aws.fileStore());
    }

    /** Every export answered inline. */
    public ExportCandidaciesHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                                    AuditLog auditLog, Clock clock) {
        this(campaigns, candidacies, juryRecords, auditLog, clock, null);
    }

    /** Exports beyond {@value ExportCandidacies#DEFAULT_INLINE_MAX_ROWS} rows stored in {@code files}, handed back as a link. */
    public ExportCandidaciesHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                                    AuditLog auditLog, Clock clock, FileStore files) {
        this.exportCandidacies = new ExportCandidacies(new RankCandidacies(campaigns, candidacies, juryRecords),
                new Audit(auditLog, clock), clock, files,
                files == null ? Integer.MAX_VALUE : ExportCandidacies.DEFAULT_INLINE_MAX_ROWS);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ExportFile.response(exportCandidacies.execute(caller, request.campaignId(), ExportQuery.of(request),
                ExportFile::write));
    }
}
