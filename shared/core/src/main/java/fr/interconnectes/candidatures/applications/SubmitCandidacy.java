package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.CandidacyMailing;
import fr.interconnectes.candidatures.notifications.CandidacyMails;
import fr.interconnectes.candidatures.notifications.MailOutbox;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.time.Clock;
import java.time.Instant;

/**
 * Submits a complete dossier before the deadline: it gets a receipt number and a confirmation mail,
 * recorded in the same write. Submitting again returns the same receipt and sends nothing more. The
 * answer never depends on the mail service: the mail is tried once here, then by the retry job.
 */
public final class SubmitCandidacy {

    private final ApplicantAccess access;
    private final Campaigns campaigns;
    private final CandidacyWriter writer;
    private final ReceiptCounters counters;
    private final ApplicationForms forms;
    private final CandidacyMails mails;
    private final CandidacyMailing mailing;
    private final MailOutbox outbox;
    private final Clock clock;

    public SubmitCandidacy(ApplicantAccess access, Campaigns campaigns, Candidacies candidacies,
                           ReceiptCounters counters, ApplicationForms forms, CandidacyMails mails,
                           fr.interconnectes.candidatures.domain.candidacy.AccessTokens tokens, MailOutbox outbox,
                           Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.writer = new CandidacyWriter(candidacies);
        this.counters = counters;
        this.forms = forms;
        this.mails = mails;
        this.mailing = new CandidacyMailing(tokens);
        this.outbox = outbox;
        this.clock = clock;
    }

    public CandidacyView execute(String candidacyId, String authorization) {
        Instant now = clock.instant();
        Candidacy loaded = access.open(candidacyId, authorization);
        Campaign campaign = campaigns.require(loaded.campaignId());
        if (loaded.status() == CandidacyStatus.SUBMITTED) {
            return new CandidacyView(outbox.deliver(loaded), campaign, forms.missingForSubmission(loaded));
        }
        CandidacyRules.requireEditable(loaded);
        Deadlines.requireOpen(campaign, loaded, now);
        var missing = forms.missingForSubmission(loaded);
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.INCOMPLETE, missing, missing.size());
        }
        // a number is taken before the write; if a concurrent submit wins, this one is left unused
        String number = Receipt.number(campaign.region().code(), campaign.edition(), campaign.track().receiptLetter(),
                counters.next(campaign.id()));
        Candidacy stored = writer.apply(loaded, current -> {
            if (current.status() == CandidacyStatus.SUBMITTED) {
                return current;
            }
            CandidacyRules.requireEditable(current);
            var stillMissing = forms.missingForSubmission(current);
            if (!stillMissing.isEmpty()) {
                throw new DomainException(ErrorCode.INCOMPLETE, stillMissing, stillMissing.size());
            }
            Candidacy submitted = current.submitted(new Receipt(number, now), now);
            return mailing.withMail(submitted, c -> mails.confirmation(campaign, c), now);
        });
        return new CandidacyView(outbox.deliver(stored), campaign, forms.missingForSubmission(stored));
    }
}
