package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.GenerateTimetable;
import java.time.Clock;

/** {@code POST /admin/campaigns/{campaignId}/timetable}: an organiser makes the audition timetable. */
public final class GenerateTimetableHandler extends AdminFunction {

    private final GenerateTimetable generateTimetable;

    /** On Lambda: the campaign, its dossiers, availabilities, jury records, selection day and audit log in DynamoDB. */
    public GenerateTimetableHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GenerateTimetableHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays(), aws.availabilities(), aws.juryRecords(),
                aws.auditLog(), aws.clock());
    }

    public GenerateTimetableHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                                    Availabilities availabilities, JuryRecords juryRecords, AuditLog auditLog,
                                    Clock clock) {
        this.generateTimetable = new GenerateTimetable(campaigns, candidacies, days, availabilities, juryRecords,
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, SelectionDayJson.of(generateTimetable.execute(caller, request.campaignId())));
    }
}
