package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.CandidacyMailing;
import fr.interconnectes.candidatures.notifications.CandidacyMails;
import fr.interconnectes.candidatures.notifications.MailOutbox;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.time.Instant;

/** The applicant withdraws their dossier, even after the deadline; they are told so by mail. */
public final class WithdrawCandidacy {

    private final ApplicantAccess access;
    private final Campaigns campaigns;
    private final CandidacyWriter writer;
    private final ApplicationForms forms;
    private final CandidacyMails mails;
    private final CandidacyMailing mailing;
    private final MailOutbox outbox;
    private final Clock clock;

    public WithdrawCandidacy(ApplicantAccess access, Campaigns campaigns, Candidacies candidacies,
                             ApplicationForms forms, CandidacyMails mails, AccessTokens tokens, MailOutbox outbox,
                             Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.writer = new CandidacyWriter(candidacies);
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
        if (loaded.status() == CandidacyStatus.EXPIRED) {
            throw new DomainException(ErrorCode.CANDIDACY_EXPIRED);
        }
        Candidacy stored = writer.apply(loaded, current -> {
            if (current.status() == CandidacyStatus.WITHDRAWN) {
                return current;
            }
            return mailing.withMail(current.withdrawn(now), c -> mails.withdrawal(campaign, c), now);
        });
        return new CandidacyView(outbox.deliver(stored), campaign, forms.missingForSubmission(stored));
    }
}
