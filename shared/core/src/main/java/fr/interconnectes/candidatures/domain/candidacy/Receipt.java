package fr.interconnectes.candidatures.domain.candidacy;

import java.time.Instant;

/** Proof of submission: a number unique in the campaign (e.g. ARA-2019-L-0042) and when it was first given. */
public record Receipt(String number, Instant submittedAt) {

    public static String number(String regionCode, int edition, String trackLetter, long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("receipt sequence " + sequence);
        }
        // not String.format, whose %d loads the JDK's locale data on the submission's first invoke
        String digits = Long.toString(sequence);
        return regionCode + "-" + edition + "-" + trackLetter + "-" + "0".repeat(Math.max(0, 4 - digits.length()))
                + digits;
    }
}
