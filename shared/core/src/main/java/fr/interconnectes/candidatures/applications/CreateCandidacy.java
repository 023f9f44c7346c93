package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.IdempotencyKeys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a draft dossier. With an Idempotency-Key, the same key and body always give the same dossier
 * and the same answer, however many times and however concurrently they arrive.
 */
public record CreateCandidacy(Campaigns campaigns, Candidacies candidacies, IdempotencyKeys idempotencyKeys,
                              AccessTokens tokens, Clock clock, Metrics metrics) {

    static final Duration KEY_RETENTION = Duration.ofHours(24);

    /**
     * @param form           the form as sent, read once the campaign's track is known
     * @param idempotencyKey the client's Idempotency-Key, its format already checked by the request's reader
     */
    public record Command(String campaignId, ApplicationFormInput form, Optional<String> idempotencyKey,
                          ReceivedAt received) {

        public Command {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(received, "received");
        }

        /** A command with no receipt time: the function's clock decides. */
        public Command(String campaignId, ApplicationFormInput form, Optional<String> idempotencyKey) {
            this(campaignId, form, idempotencyKey, ReceivedAt.UNKNOWN);
        }
    }

    public record Created(Candidacy candidacy, String accessToken, Campaign campaign, boolean replayed) {
    }

    public Created execute(Command command) {
        Created created = Deadlines.counted(metrics, Metric.DeadlineRefused.Operation.CREATE, () -> create(command));
        if (!created.replayed()) {
            metrics.record(new Metric.DraftCreated(created.campaign().track()));
        }
        return created;
    }

    private Created create(Command command) {
        Instant now = command.received().instant(clock);
        String campaignId = command.campaignId();
        Optional<String> idempotencyKey = command.idempotencyKey();
        Campaign campaign = campaigns.require(campaignId);
        if (!campaign.acceptsApplications()) {
            throw new DomainException(ErrorCode.BY_SELECTION_ONLY);
        }
        Deadlines.requireOpen(campaign, null, now);
        ApplicationForm form = command.form().readFor(campaign.track());
        if (idempotencyKey.isEmpty()) {
            String id = newId();
            String token = tokens.token(id, AccessTokens.newNonce());
            Candidacy draft = Candidacy.newDraft(id, campaignId, form, AccessTokens.hash(token), now);
            if (!candidacies.create(draft)) {
                throw new IllegalStateException("candidacy id collision " + id);
            }
            return new Created(draft, token, campaign, false);
        }
        String requestHash = sha256(CanonicalForm.text(form));
        var entry = idempotencyKeys.putIfAbsent(new IdempotencyKeys.Entry(campaignId,
                sha256(idempotencyKey.get()), requestHash, newId(), AccessTokens.newNonce(), now,
                now.plus(KEY_RETENTION)));
        if (!entry.requestHash().equals(requestHash)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        String token = tokens.token(entry.candidacyId(), entry.tokenNonce());
        Candidacy draft = Candidacy.newDraft(entry.candidacyId(), campaignId, form, AccessTokens.hash(token),
                entry.createdAt());
        // whoever wrote the key first, the dossier is written once; a crash between the two writes is
        // repaired by the client's retry, which finds the key and writes the dossier
        boolean created = candidacies.create(draft);
        return new Created(draft, token, campaign, !created);
    }

    static String newId() {
        return AccessTokens.resourceId('c', 12);
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(AccessTokens.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
