package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.ExpiredMail;
import fr.interconnectes.candidatures.notifications.MailComposer;
import fr.interconnectes.candidatures.notifications.MailModel;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;

/** The dossier mails, written from the Mustache templates in the dossier's language. */
public final class TemplatedCandidacyMails implements CandidacyMails {

    private final MailComposer composer;

    public TemplatedCandidacyMails(MailComposer composer) {
        this.composer = composer;
    }

    @Override
    public Composed confirmation(Campaign campaign, Candidacy c) {
        var language = c.form().language();
        return compose(new ConfirmationMail(c.contactEmail(), language, campaign.timeZone(),
                campaign.title().in(language), c.form().applicant().organisation(), c.form().project().title(),
                c.receipt().number(), c.receipt().submittedAt(),
                c.receivedAttachments().stream()
                        .map(a -> new ConfirmationMail.Attachment(a.fileName(), a.size())).toList(),
                campaign.regionalSelection(), c.deadline(campaign), OutboxMail.LINK_PLACEHOLDER));
    }

    @Override
    public Composed withdrawal(Campaign campaign, Candidacy c) {
        var language = c.form().language();
        return compose(new WithdrawalMail(c.contactEmail(), language, campaign.timeZone(),
                campaign.title().in(language), c.form().applicant().organisation(), c.form().project().title(),
                c.receipt() == null ? null : c.receipt().number(), c.withdrawnAt(), OutboxMail.LINK_PLACEHOLDER));
    }

    @Override
    public Composed accessLink(Campaign campaign, Candidacy c) {
        var language = c.form().language();
        return compose(new AccessLinkMail(c.contactEmail(), language, campaign.timeZone(),
                campaign.title().in(language), c.form().applicant().organisation(), c.form().project().title(),
                AccessLinkMail.Status.valueOf(c.status().name()),
                c.receipt() == null ? null : c.receipt().number(), c.deadline(campaign), OutboxMail.LINK_PLACEHOLDER));
    }

    @Override
    public Composed expired(Campaign campaign, Candidacy c) {
        var language = c.form().language();
        return compose(new ExpiredMail(c.contactEmail(), language, campaign.timeZone(),
                campaign.title().in(language), c.form().applicant().organisation(), c.form().project().title(),
                c.deadline(campaign)));
    }

    private Composed compose(MailModel model) {
        var mail = composer.compose(model);
        return new Composed(MailComposer.kind(model), mail.to(), mail.subject(), mail.textBody(), mail.htmlBody());
    }
}
