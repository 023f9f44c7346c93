package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import java.time.Instant;
import java.util.function.Function;

/**
 * Records a mail with a fresh personal link in a dossier: the link's token hash joins the dossier's
 * access tokens, the mail joins its outbox, in the same write as the change the mail reports.
 */
public final class CandidacyMailing {

    private final AccessTokens tokens;

    public CandidacyMailing(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public Candidacy withMail(Candidacy candidacy, Function<Candidacy, CandidacyMails.Composed> compose, Instant now) {
        String nonce = AccessTokens.newNonce();
        String hash = AccessTokens.hash(tokens.token(candidacy.id(), nonce));
        return candidacy.withAccessTokenHash(hash).withMailAdded(MailOutbox.record(compose.apply(candidacy), nonce, now));
    }
}
