package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.ReadAuditLog;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.audit.AuditLogQuery;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;

/** {@code GET /admin/campaigns/{campaignId}/audit?candidacyId=...&limit=100}: newest first, at most 500. */
public final class ReadAuditLogHandler extends AdminFunction {

    private final ReadAuditLog readAuditLog;

    /** On Lambda: the campaign and its audit log in DynamoDB. */
    public ReadAuditLogHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ReadAuditLogHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.auditLog());
    }

    public ReadAuditLogHandler(Campaigns campaigns, AuditLog auditLog) {
        this.readAuditLog = new ReadAuditLog(campaigns, auditLog);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var entries = readAuditLog.execute(caller, request.campaignId(), AuditLogQuery.of(request));
        return ApiResponse.json(200, DecisionJson.audit(entries));
    }
}
