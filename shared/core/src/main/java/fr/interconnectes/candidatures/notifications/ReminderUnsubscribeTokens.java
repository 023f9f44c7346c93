package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The signed token of a reminder's unsubscribe link: {@code <dossier id>.<signature>}, the signature derived with
 * the server secret for this purpose only. It turns reminders off and opens nothing else: it is no access token
 * (none of its hashes is ever stored), so it may sit in a stored mail body.
 */
public record ReminderUnsubscribeTokens(AccessTokens tokens) {

    /** Never a nonce of an access token, which are random and longer. */
    static final String PURPOSE = "unsubscribe-reminders";

    public String token(String candidacyId) {
        return candidacyId + "." + tokens.token(candidacyId, PURPOSE);
    }

    /** The dossier the token was signed for, if it is one of ours (compared in constant time). */
    public Optional<String> candidacyId(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String candidacyId = token.substring(0, dot);
        byte[] expected = token(candidacyId).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(candidacyId) : Optional.empty();
    }
}
