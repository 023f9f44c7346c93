package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the applicant's sample events name, and the dossiers that make them resolve. */
final class ApplicantSamples {

    /** The dossier, its access token and its file, as the candidacy samples name them. */
    static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    static final String TOKEN = "3q2-7wLhZ8s0rQvXyKxP1tA4mN6bC9dE0fG2hJ5kL7o";
    static final String ATTACHMENT = "aQ3xZ9Lk2Pw";
    static final String ATTACHMENT_KEY = "campaigns/" + Fixtures.LABEL_CAMPAIGN + "/candidacies/" + DOSSIER + "/"
            + ATTACHMENT + ".pdf";
    static final long ATTACHMENT_SIZE = 482_133;

    /** The create and access-link samples apply to the label call of 2027, held on the same days as 2019's. */
    static final String CAMPAIGN_2027 = "aura-2027-label";
    static final Instant DURING_2027_CALL = Fixtures.DURING_CALL.atZone(Fixtures.PARIS).plusYears(8).toInstant();

    private ApplicantSamples() {
    }

    /** A draft of the 2019 label call with its form complete and no file yet, opened by the samples' token. */
    static Candidacy draft() {
        return Fixtures.draft(DOSSIER, Fixtures.LABEL_CAMPAIGN, Fixtures.completeLabelForm("helene.dupre@cc-pays-evian.fr"),
                TOKEN, Fixtures.DURING_CALL);
    }

    /** {@link #draft()} with the samples' file in {@code state}: announced, or checked by the server. */
    static Candidacy draftWithFile(Attachment.State state) {
        Instant at = Fixtures.DURING_CALL;
        Attachment file = new Attachment(ATTACHMENT, "Dossier de candidature.pdf", FileType.PDF, ATTACHMENT_SIZE,
                state, ATTACHMENT_KEY, at, state == Attachment.State.RECEIVED ? at : null);
        return draft().withAttachments(List.of(file), at);
    }

    /** The bytes of a PDF of the announced size, as the browser PUTs them. */
    static byte[] pdfOfTheAnnouncedSize() {
        byte[] content = new byte[(int) ATTACHMENT_SIZE];
        Arrays.fill(content, (byte) ' ');
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }
}
