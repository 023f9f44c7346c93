package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;

/**
 * Writes the mails about a dossier, in the dossier's language. Bodies carry
 * {@link fr.interconnectes.candidatures.domain.candidacy.OutboxMail#LINK_PLACEHOLDER} where the personal
 * link goes; the link is put in only when the mail is sent.
 */
public interface CandidacyMails {

    Composed confirmation(Campaign campaign, Candidacy submitted);

    Composed withdrawal(Campaign campaign, Candidacy withdrawn);

    Composed accessLink(Campaign campaign, Candidacy candidacy);

    Composed expired(Campaign campaign, Candidacy expired);

    record Composed(String kind, String to, String subject, String textBody, String htmlBody) {
    }
}
