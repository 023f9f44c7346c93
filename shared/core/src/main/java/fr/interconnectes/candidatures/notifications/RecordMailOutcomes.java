package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * Records what the mail service reported about sent mails (delivered, bounced, complained about, rejected) on the
 * mail in its dossier's outbox. A hard bounce or a complaint also marks the dossier's contact address
 * undeliverable: the outbox mails it no more until the applicant changes it.
 *
 * <p>Reports come at least once and in any order: recording one twice changes nothing, and a delivery report
 * never hides a bounce or complaint. A report about no mail of ours (another sender, an erased dossier) is
 * passed over; a store that cannot be reached throws, so the report is delivered again later.
 */
public record RecordMailOutcomes(CandidacyWriter writer) {

    private static final System.Logger LOG = System.getLogger(RecordMailOutcomes.class.getName());

    /** One report: the dossier and mail its tags name, the message id SES gave, and what happened. */
    public record Report(String candidacyId, String mailId, String messageId, MailOutcome outcome) {
    }

    public record Recorded(int recorded, int ignored) {
    }

    public Recorded execute(List<Report> reports) {
        int recorded = 0;
        int ignored = 0;
        for (Report report : reports) {
            Optional<Candidacy> dossier = report.candidacyId() == null ? Optional.empty()
                    : writer.candidacies().find(report.candidacyId());
            if (dossier.isEmpty() || dossier.get().mail(report.mailId()).isEmpty()) {
                ignored++;
                LOG.log(Level.WARNING, "mail report about no mail of ours", "candidacyId", report.candidacyId(),
                        "mailId", report.mailId(), "messageId", report.messageId(),
                        "outcome", report.outcome().type().code());
                continue;
            }
            writer.apply(dossier.get(), current -> recorded(current, report));
            recorded++;
            LOG.log(Level.INFO, "mail outcome recorded", "candidacyId", report.candidacyId(), "mailId", report.mailId(),
                    "outcome", report.outcome().type().code());
        }
        return new Recorded(recorded, ignored);
    }

    private static Candidacy recorded(Candidacy current, Report report) {
        Optional<OutboxMail> mail = current.mail(report.mailId());
        if (mail.isEmpty() || report.outcome().equals(mail.get().outcome())) {
            return current;
        }
        Candidacy changed = current.withMail(report.mailId(), m -> m.withOutcome(report.outcome()));
        MailOutcome.Type type = report.outcome().type();
        // an address the applicant has changed meanwhile needs no mark: it is mailed no more anyway
        if (!type.undeliverable() || !mail.get().to().equalsIgnoreCase(String.valueOf(current.contactEmail()))) {
            return changed;
        }
        var reason = type == MailOutcome.Type.COMPLAINED ? Undeliverable.Reason.COMPLAINT : Undeliverable.Reason.BOUNCE;
        var address = new Undeliverable(mail.get().to(), reason, report.outcome().at(), report.mailId(),
                report.outcome().detail());
        return changed.withMailing(m -> m.withUndeliverable(address));
    }
}
