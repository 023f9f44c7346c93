package fr.interconnectes.candidatures.notifications;

import java.time.Clock;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Tells applicants what happened to their dossier, one method per notice. Each writes the notice's mail in the
 * dossier's language (or, in a notifier without templates, records it unwritten, for the outbox's sender to write)
 * and returns the dossier with the mail recorded in its outbox, for the caller to store in the same conditional write
 * as the change the mail reports: the change and its mail are stored together or not at all. Mails with a personal
 * link get a fresh link nonce, and the dossier the hash of the token it derives; the link itself is put in only when
 * the mail is sent. {@link #deliver} then hands the recorded mails to the
 * notifier's {@link Delivery}.
 *
 * @param templates what writes the mails out; {@code null} in a {@link #recording} notifier, which records them
 *                  unwritten
 */
public record ApplicantNotifier(MailTemplates templates, AccessTokens tokens, DossierLinks links, Delivery delivery) {

    private static final System.Logger LOG = System.getLogger(ApplicantNotifier.class.getName());

    /** When the mails a notice recorded leave, once the dossier is stored. */
    @FunctionalInterface
    public interface Delivery {

        /**
         * Left to the outbox's stream function ({@link DeliverRecordedMails}), which the table's stream invokes for
         * every dossier written with a mail due: the request answers without waiting on the mail service.
         */
        Delivery BY_TABLE_STREAM = stored -> stored;

        /** Sends the dossier's due mails, or leaves them to be sent; returns the dossier as stored afterwards. */
        Candidacy deliver(Candidacy stored);
    }

    /**
     * The notifier of a function that writes dossiers through {@code writer} and sends their mails itself, through
     * {@code mailer}, before it answers: the staff's bulk notices, which report how many mails went.
     */
    public static ApplicantNotifier delivering(CandidacyWriter writer, Mailer mailer, MailTemplates templates,
                                               AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        return new ApplicantNotifier(templates, tokens, links,
                new Outbox(writer.candidacies(), writer, mailer, templates, tokens, links, clock, metrics)::deliver);
    }

    /**
     * The notifier of a function that only records the mails with the dossier, unwritten, for the table's stream to
     * write and send them (an applicant's request: submitted, withdrawn, links asked for). Such a function needs
     * neither the mail service nor the templates, whose loading lengthened a submission's cold start by about 90 ms.
     * It records confirmations, withdrawals and lost links, the notices whose drafts the store keeps.
     */
    public static ApplicantNotifier recording(AccessTokens tokens, DossierLinks links) {
        return new ApplicantNotifier(null, tokens, links, Delivery.BY_TABLE_STREAM);
    }

    /** The receipt of a dossier just submitted. */
    public Candidacy confirmation(Campaign campaign, Candidacy submitted, Instant now) {
        return withLink(submitted, now, link -> new ConfirmationMail(header(campaign, submitted),
                submitted.receipt().number(), submitted.receipt().submittedAt(),
                submitted.receivedAttachments().stream()
                        .map(a -> new ConfirmationMail.Attachment(a.fileName(), a.size())).toList(),
                campaign.regionalSelection(), submitted.deadline(campaign), link));
    }

    public Candidacy withdrawal(Campaign campaign, Candidacy withdrawn, Instant now) {
        return withLink(withdrawn, now, link -> new WithdrawalMail(header(campaign, withdrawn),
                receiptNumber(withdrawn), withdrawn.withdrawnAt(), link));
    }

    /** Fresh links to a dossier whose applicant lost theirs. */
    public Candidacy accessLink(Campaign campaign, Candidacy candidacy, Instant now) {
        return withLink(candidacy, now, link -> new AccessLinkMail(header(campaign, candidacy),
                AccessLinkMail.Status.valueOf(candidacy.status().name()), receiptNumber(candidacy),
                candidacy.deadline(campaign), link));
    }

    /** A draft the campaign closed on; the mail shows no link, yet gets a nonce like the dossier's other mails. */
    public Candidacy expired(Campaign campaign, Candidacy expired, Instant now) {
        return withLink(expired, now, link -> new ExpiredMail(header(campaign, expired), expired.deadline(campaign)));
    }

    /**
     * The jury's decision, with no personal link.
     *
     * @param nationalForum for finalists, the national forum in the dossier's language; {@code null} to leave it out
     */
    public Candidacy decision(Campaign campaign, Candidacy decided, String nationalForum, Instant now) {
        Decision decision = decided.decision();
        DecisionMail.Outcome outcome = decision.outcome() == Decision.Outcome.FINALIST
                ? DecisionMail.Outcome.FINALIST : DecisionMail.Outcome.NOT_SELECTED;
        var mail = new DecisionMail(header(campaign, decided), outcome, nationalForum, decision.message());
        return recorded(decided, mail, null, now);
    }

    /**
     * The convocation to the selection day, its update after a move, or its cancellation, with its calendar invite;
     * its personal link leads to the dossier, where the applicant confirms or declines.
     */
    public Candidacy convocation(Campaign campaign, Candidacy convened, ConvocationMail.Change change,
                                 Audition audition, CalendarInvite invite, Instant now) {
        return withLink(convened, now, link -> new ConvocationMail(header(campaign, convened), change, audition,
                invite, link));
    }

    /**
     * A reminder that the draft's deadline is near, with what it still lacks, its link and a link to turn
     * reminders off; the offsets it settles are recorded with it, in the same write.
     *
     * @param missing what a submission still lacks, as the {@code incomplete} error lists it
     * @param settled the offsets this reminder stands for (it is sent for the latest of them)
     */
    public Candidacy reminder(Campaign campaign, Candidacy draft, ReminderOffset offset, List<FieldError> missing,
                              List<ReminderOffset> settled, Instant now) {
        Language language = draft.form().language();
        String unsubscribe = links.reminderUnsubscribe(new ReminderUnsubscribeTokens(tokens).token(draft.id()));
        return withLink(draft.withMailing(m -> m.withRemindersSent(settled)), now, link -> new ReminderMail(
                header(campaign, draft), offset, draft.deadline(campaign), MissingItems.describe(missing, language),
                link, unsubscribe));
    }

    /**
     * The mail {@code original} again, as a new mail {@code newId} to the dossier's contact address now, with a
     * fresh link when it had one.
     */
    public Candidacy resend(Candidacy candidacy, OutboxMail original, String newId, Instant now) {
        if (original.linkNonce() == null) {
            return candidacy.withMailAdded(original.resent(newId, candidacy.contactEmail(), null, now));
        }
        String nonce = AccessTokens.newNonce();
        return candidacy.withAccessTokenHash(AccessTokens.hash(tokens.token(candidacy.id(), nonce)))
                .withMailAdded(original.resent(newId, candidacy.contactEmail(), nonce, now));
    }

    /** Hands the dossier's due mails to the notifier's delivery; returns the dossier as stored afterwards. */
    public Candidacy deliver(Candidacy stored) {
        return delivery.deliver(stored);
    }

    /**
     * A bulk notice's delivery: sends the dossiers' due mails, one dossier after the other, while {@code budget}
     * lasts (the retry job sends the rest); returns how many of {@code mailIds} (one per dossier, in order) went.
     */
    public int deliverWithin(Duration budget, List<Candidacy> dossiers, List<String> mailIds) {
        long deadline = System.nanoTime() + budget.toNanos();
        int sent = 0;
        for (int i = 0; i < dossiers.size(); i++) {
            if (System.nanoTime() > deadline) {
                LOG.log(Level.INFO, "delivery budget spent, the retry job sends the rest", "left", dossiers.size() - i);
                break;
            }
            String mailId = mailIds.get(i);
            Candidacy after = deliver(dossiers.get(i));
            if (after.outbox().stream().anyMatch(m -> m.id().equals(mailId) && m.state() == OutboxMail.State.SENT)) {
                sent++;
            }
        }
        return sent;
    }

    /** The id of the mail a notice just recorded in the dossier (the last of its outbox). */
    public static String lastMailId(Candidacy told) {
        List<OutboxMail> mails = told.outbox();
        return mails.get(mails.size() - 1).id();
    }

    private Candidacy withLink(Candidacy candidacy, Instant now, Function<String, MailModel> model) {
        String nonce = AccessTokens.newNonce();
        Candidacy withToken = candidacy.withAccessTokenHash(AccessTokens.hash(tokens.token(candidacy.id(), nonce)));
        return recorded(withToken, model.apply(OutboxMail.LINK_PLACEHOLDER), nonce, now);
    }

    private Candidacy recorded(Candidacy candidacy, MailModel model, String linkNonce, Instant now) {
        String mailId = AccessTokens.resourceId('m', 9);
        if (templates == null) {
            return candidacy.withMailAdded(OutboxMail.unwritten(mailId, model.to(), model, linkNonce, now));
        }
        Mailer.Mail mail = templates.render(model);
        return candidacy.withMailAdded(OutboxMail.pending(mailId, model.kind(), mail.to(),
                mail.subject(), mail.textBody(), mail.htmlBody(), mail.attachments(), linkNonce, now));
    }

    private static MailHeader header(Campaign campaign, Candidacy candidacy) {
        Language language = candidacy.form().language();
        return new MailHeader(candidacy.contactEmail(), language, campaign.timeZone(), campaign.title().in(language),
                candidacy.form().applicant().organisation(), candidacy.form().project().title());
    }

    private static String receiptNumber(Candidacy candidacy) {
        return candidacy.receipt() == null ? null : candidacy.receipt().number();
    }
}
