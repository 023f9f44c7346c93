package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.port.Campaigns;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Organisers of a dossier's campaign resend one of its mails through the outbox, to the contact's address now
 * (with a fresh link when the mail had one). A resend is named by the request's Idempotency-Key: retried, the
 * request finds the resend it recorded and records, sends and audits nothing more. A mail still pending needs no
 * resend, and an undeliverable address none either until the applicant changes it.
 */
public record ResendMail(Campaigns campaigns, CandidacyWriter writer, ApplicantNotifier notifier, Audit audit,
                           Clock clock) {

    /** @param idempotencyKey the client's key for this resend: the same key resends once; required */
    public record Resend(String candidacyId, String mailId, String idempotencyKey) {
    }

    public record Resent(Candidacy candidacy, Campaign campaign, OutboxMail mail, boolean replayed) {
    }

    public Resent execute(Principal caller, Resend request) {
        var loaded = new ListDossierMails(campaigns, writer.candidacies()).execute(caller, request.candidacyId());
        if (request.idempotencyKey() == null) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        Candidacy candidacy = loaded.candidacy();
        OutboxMail original = candidacy.mail(request.mailId())
                .orElseThrow(() -> new DomainException(ErrorCode.MAIL_NOT_FOUND));
        String resendId = resendId(request);
        if (candidacy.mail(resendId).isPresent()) {
            return resent(loaded.campaign(), notifier.deliver(candidacy), resendId, true);
        }
        if (original.pending()) {
            throw new DomainException(ErrorCode.MAIL_PENDING);
        }
        candidacy.undeliverableContact().ifPresent(address -> {
            throw new DomainException(ErrorCode.CONTACT_UNDELIVERABLE, address.address());
        });
        Instant now = clock.instant();
        boolean[] recorded = {false};
        Candidacy stored = writer.apply(candidacy, current -> {
            recorded[0] = current.mail(resendId).isEmpty();
            return recorded[0] ? notifier.resend(current, original, resendId, now) : current;
        });
        if (recorded[0]) {
            audit.record(caller, loaded.campaign().id(), candidacy.id(), "mail_resent", "mailId", original.id(),
                    "resendId", resendId, "kind", original.kind());
        }
        return resent(loaded.campaign(), notifier.deliver(stored), resendId, !recorded[0]);
    }

    private static Resent resent(Campaign campaign, Candidacy candidacy, String resendId, boolean replayed) {
        return new Resent(candidacy, campaign, candidacy.mail(resendId).orElseThrow(), replayed);
    }

    /** The same mail and key give the same id, so a retried request finds its resend. */
    static String resendId(Resend request) {
        byte[] digest = AccessTokens.sha256((request.mailId() + ":" + request.idempotencyKey())
                .getBytes(StandardCharsets.UTF_8));
        return "rs" + HexFormat.of().formatHex(digest).substring(0, 14);
    }
}
