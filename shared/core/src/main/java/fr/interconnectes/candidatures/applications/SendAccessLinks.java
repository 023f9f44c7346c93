package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.EmailAddresses;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Someone lost their link: every dossier of theirs in the campaign gets a fresh one by mail. The answer
 * is the same whether or not the address has dossiers, so it reveals nothing.
 */
public record SendAccessLinks(Campaigns campaigns, Candidacies candidacies, CandidacyWriter writer,
                              ApplicantNotifier notifier, Clock clock) {

    /** One access-link mail per dossier in this window, however often it is asked for. */
    static final Duration QUIET_PERIOD = Duration.ofMinutes(2);

    public void execute(String campaignId, String email) {
        Instant now = clock.instant();
        Campaign campaign = campaigns.require(campaignId);
        String address = email == null ? null : EmailAddresses.normalise(email).orElse(null);
        if (address == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("email",
                    email == null ? "required" : "invalid_email",
                    new LocalizedText("Indiquez une adresse électronique valide.", "Give a valid e-mail address."))));
        }
        for (Candidacy candidacy : candidacies.findByContactEmail(campaignId, address)) {
            Candidacy stored = writer.apply(candidacy, current -> recentlySent(current, now) ? current
                    : notifier.accessLink(campaign, current, now));
            notifier.deliver(stored);
        }
    }

    private static boolean recentlySent(Candidacy candidacy, Instant now) {
        return candidacy.outbox().stream().anyMatch(m -> m.kind().equals(AccessLinkMail.KIND)
                && m.createdAt().isAfter(now.minus(QUIET_PERIOD)));
    }
}
