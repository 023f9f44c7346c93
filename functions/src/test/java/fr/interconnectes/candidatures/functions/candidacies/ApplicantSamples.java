package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
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
    /** Whom that dossier writes to, and the receipt it gets once submitted. */
    static final String CONTACT = "helene.dupre@cc-pays-evian.fr";
    static final String RECEIPT = "ARA-2019-L-0001";

    /** The create and access-link samples apply to the label call of 2027, held on the same days as 2019's. */
    static final String CAMPAIGN_2027 = "aura-2027-label";
    static final Instant DURING_2027_CALL = Fixtures.DURING_CALL.atZone(Fixtures.PARIS).plusYears(8).toInstant();

    private ApplicantSamples() {
    }

    /** A draft of the 2019 label call with its form complete and no file yet, opened by the samples' token. */
    static Candidacy draft() {
        return Fixtures.draft(DOSSIER, Fixtures.LABEL_CAMPAIGN, Fixtures.completeLabelForm(CONTACT), TOKEN,
                Fixtures.DURING_CALL);
    }

    /** {@link #draft()} with the samples' file in {@code state}: announced, or checked by the server. */
    static Candidacy draftWithFile(Attachment.State state) {
        Instant at = Fixtures.DURING_CALL;
        Attachment file = new Attachment(ATTACHMENT, "Dossier de candidature.pdf", FileType.PDF, ATTACHMENT_SIZE,
                state, ATTACHMENT_KEY, at, state == Attachment.State.RECEIVED ? at : null);
        return draft().withAttachments(List.of(file), at);
    }

    /** {@link #draftWithFile} with its file checked, then submitted: the first receipt of the call. */
    static Candidacy submitted() {
        return draftWithFile(Attachment.State.RECEIVED)
                .submitted(new Receipt(RECEIPT, Fixtures.DURING_CALL), Fixtures.DURING_CALL);
    }

    /** What the applicant's browser PUTs to the presigned URL: a PDF of the announced size. */
    static void uploadThePdf(InMemoryFileStore files) {
        upload(files, "%PDF-1.7\n");
    }

    /** A file of the announced size that starts with {@code start}, under the key the dossier lists. */
    static void upload(InMemoryFileStore files, String start) {
        byte[] content = new byte[(int) ATTACHMENT_SIZE];
        Arrays.fill(content, (byte) ' ');
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        files.put(ATTACHMENT_KEY, content, "application/pdf");
    }
}
