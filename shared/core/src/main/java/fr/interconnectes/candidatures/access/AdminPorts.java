package fr.interconnectes.candidatures.access;

import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.Outbox;
import java.time.Clock;

/** Everything the organiser and jury use cases work with. */
public record AdminPorts(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, AuditLog auditLog,
                         ReceiptCounters receiptCounters, FileStore files, Mailer mailer, AccessTokens tokens,
                         DossierLinks links, MailTemplates mailTemplates, Clock clock) {

    public AdminAccess access() {
        return new AdminAccess(juryRecords);
    }

    public CandidacyWriter writer() {
        return new CandidacyWriter(candidacies);
    }

    public ApplicantNotifier notifier() {
        Outbox outbox = new Outbox(candidacies, writer(), mailer, tokens, links, clock);
        return new ApplicantNotifier(mailTemplates, tokens, outbox);
    }

    public Audit audit() {
        return new Audit(auditLog, clock);
    }
}
