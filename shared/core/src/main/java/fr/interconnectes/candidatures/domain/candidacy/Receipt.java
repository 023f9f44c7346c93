package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;

/** Proof of submission: a number unique in the campaign (e.g. ARA-2019-L-0042) and when it was first given. */
public record Receipt(String number, Instant submittedAt) {

    public static String number(String regionCode, int edition, String trackLetter, long sequence) {
        return String.format("%s-%d-%s-%04d", regionCode, edition, trackLetter, sequence);
    }
}
