package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.time.Clock;
import java.time.Instant;

/**
 * Submits a complete dossier before the deadline: it gets a receipt number and a confirmation mail,
 * recorded in the same write. Submitting again returns the same receipt and sends nothing more. The
 * answer never depends on the mail service: the mail is tried once here, then by the retry job.
 */
public record SubmitCandidacy(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer,
                              ReceiptCounters counters, ApplicationForms forms, ApplicantNotifier notifier, Clock clock,
                              Metrics metrics) {

    public CandidacyView execute(String candidacyId, String authorization) {
        return execute(candidacyId, authorization, ReceivedAt.UNKNOWN);
    }

    public CandidacyView execute(String candidacyId, String authorization, ReceivedAt received) {
        return Deadlines.counted(metrics, Metric.DeadlineRefused.Operation.SUBMIT,
                () -> submit(candidacyId, authorization, received));
    }

    private CandidacyView submit(String candidacyId, String authorization, ReceivedAt received) {
        var opened = CandidacyRules.open(access, campaigns, candidacyId, authorization, received, clock);
        Instant now = opened.receivedAt();
        Candidacy loaded = opened.candidacy();
        Campaign campaign = opened.campaign();
        if (loaded.status() == CandidacyStatus.SUBMITTED) {
            return sentView(loaded, campaign);
        }
        CandidacyRules.requireEditable(loaded);
        Deadlines.requireOpen(campaign, loaded, now);
        forms.requireComplete(loaded);
        // a number is taken before the write; if a concurrent submit wins, this one is left unused
        String number = Receipt.number(campaign.region().code(), campaign.edition(), campaign.track().receiptLetter(),
                counters.next(campaign.id()));
        Candidacy stored = writer.apply(loaded, current -> {
            if (current.status() == CandidacyStatus.SUBMITTED) {
                return current;
            }
            CandidacyRules.requireEditable(current);
            forms.requireComplete(current);
            return notifier.confirmation(campaign, current.submitted(new Receipt(number, now), now), now);
        });
        if (stored.receipt() != null && number.equals(stored.receipt().number())) {
            // this call's receipt is the one stored: a concurrent submit that won counts itself
            metrics.record(new Metric.CandidacySubmitted(campaign.track()));
        }
        return sentView(stored, campaign);
    }

    /** The dossier once its pending mails were tried, as its applicant sees it. */
    private CandidacyView sentView(Candidacy stored, Campaign campaign) {
        return forms.view(notifier.deliver(stored), campaign);
    }
}
