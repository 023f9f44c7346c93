package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.notifications.Outbox;
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
                             DossierLinks links, MailTemplates mailTemplates, Clock clock) {

    public ApplicantAccess access() {
        return new ApplicantAccess(candidacies);
    }

    public ApplicationForms forms() {
        return new ApplicationForms();
    }

    public CandidacyWriter writer() {
        return new CandidacyWriter(candidacies);
    }

    public Outbox outbox() {
        return new Outbox(candidacies, writer(), mailer, tokens, links, clock);
    }

    public ApplicantNotifier notifier() {
        return new ApplicantNotifier(mailTemplates, tokens, outbox());
    }
}
