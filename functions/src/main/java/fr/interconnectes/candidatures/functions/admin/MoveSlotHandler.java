package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.http.selectionday.SelectionDayRequests;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.MoveSlot;
import java.time.Clock;

/** {@code PUT /admin/campaigns/{campaignId}/timetable/slots/{slotId}}: an organiser moves or swaps one slot. */
public final class MoveSlotHandler extends AdminFunction {

    private final MoveSlot moveSlot;

    /** On Lambda: the campaign, its dossiers, availabilities, jury records, selection day and audit log in DynamoDB. */
    public MoveSlotHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private MoveSlotHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays(), aws.availabilities(), aws.juryRecords(),
                aws.auditLog(), aws.clock());
    }

    public MoveSlotHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                           Availabilities availabilities, JuryRecords juryRecords, AuditLog auditLog, Clock clock) {
        this.moveSlot = new MoveSlot(campaigns, candidacies, days, availabilities, juryRecords,
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var command = SelectionDayRequests.move(request.campaignId(), request.pathParameter("slotId").orElse(""), request);
        return ApiResponse.json(200, SelectionDayJson.of(moveSlot.execute(caller, command)));
    }
}
