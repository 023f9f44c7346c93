package fr.interconnectes.candidatures.domain.candidacy;

/**
 * What a mail says, recorded with the dossier before it is written out: the outbox's sender writes it when it
 * claims the mail, so the request that recorded it never loads the templates.
 */
public interface MailDraft {

    /** The outbox entry's kind, e.g. {@code confirmation}. */
    String kind();
}
