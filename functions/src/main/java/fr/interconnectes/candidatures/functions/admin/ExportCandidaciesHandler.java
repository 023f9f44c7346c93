package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.export.ExportFile;
import fr.interconnectes.candidatures.http.reporting.ExportQuery;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import fr.interconnectes.candidatures.jury.RankCandidacies;

/**
 * {@code GET /admin/campaigns/{campaignId}/export?format=csv|json&separator=;|,&language=fr|en}: the
 * dossiers with their scores and ranks, as a file to download. A {@code ;} file uses decimal commas, as
 * French spreadsheets expect.
 */
public final class ExportCandidaciesHandler extends AdminFunction {

    private final ExportCandidacies exportCandidacies;

    public ExportCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public ExportCandidaciesHandler(AdminPorts ports) {
        this.exportCandidacies = new ExportCandidacies(
                new RankCandidacies(ports.campaigns(), ports.candidacies(), ports.juryRecords()), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ExportFile.response(exportCandidacies.prepare(caller, campaignId(request), ExportQuery.of(request)));
    }
}
