/**
 * Mails to applicants: what they say, how they are recorded with the dossier, and how they are sent.
 *
 * <p>One name per concept:
 * <ul>
 *   <li><b>notice</b>: something an applicant is told about their dossier; one {@link
 *       fr.interconnectes.candidatures.notifications.ApplicantNotifier} method per notice (confirmation, withdrawal,
 *       access link, expiry, decision). Every use case that mails, the decisions included, goes through it.</li>
 *   <li><b>mail model</b>: what a notice says, as data ({@link fr.interconnectes.candidatures.notifications.MailModel}
 *       and its records), starting from a {@link fr.interconnectes.candidatures.notifications.MailHeader} that checks
 *       what all of them share. Its {@code kind} names the templates and the outbox entry.</li>
 *   <li><b>mail templates</b>: the port that writes a model out as subject, text and HTML ({@link
 *       fr.interconnectes.candidatures.notifications.MailTemplates}); the Mustache adapter and the templates live in
 *       the aws module.</li>
 *   <li><b>outbox</b>: the mails recorded in a dossier ({@link fr.interconnectes.candidatures.domain.candidacy.OutboxMail}),
 *       written in the same conditional write as the change they report, so a change is never stored without its
 *       mail nor a mail without its change. A mail with a personal link is stored with a link nonce, the dossier
 *       with the hash of the token it derives: the link is put in only by the {@link
 *       fr.interconnectes.candidatures.notifications.Outbox} when it sends the mail, so no token is ever stored.</li>
 *   <li><b>delivery</b>: {@link fr.interconnectes.candidatures.notifications.Outbox} claims a mail with a lease,
 *       sends it through {@link fr.interconnectes.candidatures.port.Mailer}, and marks it sent or failed with a
 *       backoff. The request that recorded a mail tries it at once ({@link
 *       fr.interconnectes.candidatures.notifications.ApplicantNotifier#deliver}); {@link
 *       fr.interconnectes.candidatures.notifications.DeliverPendingMails} is the job that retries the rest.</li>
 * </ul>
 *
 * <p>Events are logged through {@link java.lang.System.Logger}, their parameters being named fields (name, value,
 * name, value…, then the error if there is one); the http module writes them as JSON lines.
 */
package fr.interconnectes.candidatures.notifications;
