package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.time.ZoneId;

/**
 * What a mail says, before it is written out by {@link MailComposer}. Every model carries the recipient, the
 * language the dossier was filed in and the campaign title already in that language.
 */
public sealed interface MailModel
        permits ConfirmationMail, WithdrawalMail, AccessLinkMail, ExpiredMail, DecisionMail {

    /** The zone times are written in when the model does not say. */
    ZoneId PARIS = ZoneId.of("Europe/Paris");

    String to();

    Language language();

    String campaignTitle();
}
