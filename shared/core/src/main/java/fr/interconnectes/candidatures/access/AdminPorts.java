package fr.interconnectes.candidatures.access;

import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.notifications.MailComposer;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailOutbox;
import java.time.Clock;

/** Everything the organiser and jury use cases work with. */
public record AdminPorts(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, AuditLog auditLog,
                         ReceiptCounters receiptCounters, FileStore files, Mailer mailer, AccessTokens tokens,
                         DossierLinks links, MailComposer mailComposer, Clock clock) {

    public AdminAccess access() {
        return new AdminAccess(juryRecords);
    }

    public MailOutbox outbox() {
        return new MailOutbox(candidacies, mailer, tokens, links, clock);
    }

    public Audit audit() {
        return new Audit(auditLog, clock);
    }
}
