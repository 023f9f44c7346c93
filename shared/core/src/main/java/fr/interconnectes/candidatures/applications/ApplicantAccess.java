package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.Locale;

/**
 * Lets an applicant in to their own dossier only. No token: 401. A wrong token, or a dossier that does
 * not exist: the same 404, so nobody can learn which dossiers exist. A token of a dossier whose personal data
 * were erased: 410, it opens nothing.
 */
public record ApplicantAccess(Candidacies candidacies) {

    public Candidacy open(String candidacyId, String authorizationHeader) {
        String token = bearerToken(authorizationHeader);
        if (token == null) {
            throw new DomainException(ErrorCode.UNAUTHORIZED);
        }
        if (candidacyId == null || candidacyId.length() > 64) {
            throw new DomainException(ErrorCode.CANDIDACY_NOT_FOUND);
        }
        Candidacy candidacy = candidacies.find(candidacyId)
                .filter(c -> AccessTokens.matches(token, c.accessTokenHashes()))
                .orElseThrow(() -> new DomainException(ErrorCode.CANDIDACY_NOT_FOUND));
        if (candidacy.erased()) {
            // only the holder of a token of the dossier learns it was erased
            throw new DomainException(ErrorCode.CANDIDACY_ERASED);
        }
        return candidacy;
    }

    static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.trim();
        if (trimmed.length() < 7 || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = trimmed.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
