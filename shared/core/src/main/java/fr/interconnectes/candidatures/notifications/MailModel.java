package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.MailDraft;

import java.time.ZoneId;

/**
 * What a mail says, before {@link MailTemplates} writes it out. Every model starts from a {@link MailHeader}: the
 * recipient, the language the dossier was filed in, and the campaign title already in that language.
 */
public sealed interface MailModel extends MailDraft
        permits ConfirmationMail, WithdrawalMail, AccessLinkMail, ExpiredMail, DecisionMail, ConvocationMail,
                JurorReminderMail, ReminderMail {

    /** The zone times are written in when the model does not say. */
    ZoneId PARIS = ZoneId.of("Europe/Paris");

    MailHeader header();

    /**
     * Names the templates and the outbox entry: {@code confirmation}, {@code withdrawal}, {@code access_link},
     * {@code expired}, {@code decision}, {@code convocation}, {@code convocation_cancelled} or {@code reminder}.
     */
    @Override
    String kind();

    default String to() {
        return header().to();
    }

    default Language language() {
        return header().language();
    }

    default String campaignTitle() {
        return header().campaignTitle();
    }
}
