package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.StopReminders;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.notifications.MailRequests;
import fr.interconnectes.candidatures.http.notifications.MailResponses;
import fr.interconnectes.candidatures.notifications.ReminderUnsubscribeTokens;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/**
 * {@code POST /reminders/unsubscribe {"token"}}: the link of a reminder turns the dossier's reminders off, without
 * signing in (the token is signed for that only).
 */
public final class StopRemindersHandler extends HttpFunction {

    private final StopReminders stopReminders;

    /** On Lambda: the dossier in DynamoDB; the token checked with the secret that signed it. */
    public StopRemindersHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private StopRemindersHandler(AwsAdapters aws) {
        this(aws.candidacies(), aws.accessTokens(), aws.clock());
    }

    public StopRemindersHandler(Candidacies candidacies, AccessTokens tokens, Clock clock) {
        this.stopReminders = new StopReminders(new CandidacyWriter(candidacies), new ReminderUnsubscribeTokens(tokens),
                clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return MailResponses.remindersStopped(stopReminders.execute(MailRequests.unsubscribeToken(request)),
                request.language());
    }
}
