package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.notifications.CandidacyMails;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailOutbox;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.IdempotencyKeys;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.time.Clock;

/** Everything the applicant use cases work with; handlers get it from real adapters, tests from theirs. */
public record ApplicantPorts(Campaigns campaigns, Candidacies candidacies, IdempotencyKeys idempotencyKeys,
                             ReceiptCounters receiptCounters, FileStore files, Mailer mailer, AccessTokens tokens,
                             DossierLinks links, CandidacyMails mails, Clock clock) {

    public ApplicantAccess access() {
        return new ApplicantAccess(candidacies);
    }

    public ApplicationForms forms() {
        return new ApplicationForms();
    }

    public MailOutbox outbox() {
        return new MailOutbox(candidacies, mailer, tokens, links, clock);
    }
}
