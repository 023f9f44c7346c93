package fr.interconnectes.candidatures.port;

import java.time.Instant;

/**
 * Remembers, for a while, which dossier an Idempotency-Key created, so a retried request gets the same
 * answer instead of a second dossier.
 */
public interface IdempotencyKeys {

    /** Stores {@code record} unless the key is known; returns the record that holds (the first one). */
    Entry putIfAbsent(Entry record);

    /**
     * @param requestHash  fingerprint of the request body, to refuse the key reused with another body
     * @param tokenNonce   what the access token of the replayed answer is derived from
     */
    record Entry(String scope, String keyHash, String requestHash, String candidacyId, String tokenNonce,
                 Instant createdAt, Instant expiresAt) {
    }
}
