package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.port.Metric;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every applicant write shares (token, status, deadline) are in ApplicantWritesTest. */
class CompleteUploadTest {

    static final byte[] PDF = "%PDF-1.4\n% dossier de candidature\n".getBytes(StandardCharsets.US_ASCII);
    /** A real 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final CompleteUpload completeUpload = world.completeUpload();
    private final Attachment announced;

    CompleteUploadTest() {
        world.draft("c1");
        announced = world.requestUpload().execute(new RequestUpload.Command("c1", BEARER, "dossier.pdf",
                "application/pdf", PDF.length)).attachment();
        world.clock().advance(Duration.ofMinutes(2));
    }

    private Attachment complete(String attachmentId) {
        return completeUpload.execute(new AttachmentCommand("c1", BEARER, attachmentId));
    }

    private Instant now() {
        return world.clock().instant();
    }

    @Test
    void a_file_that_arrived_as_announced_is_received() {
        world.files().put(announced.storageKey(), PDF, "application/pdf");

        Attachment received = complete(announced.id());

        assertThat(received.state()).isEqualTo(Attachment.State.RECEIVED);
        assertThat(received.receivedAt()).isEqualTo(now());
        assertThat(world.candidacies().stored("c1").receivedAttachments()).containsExactly(received);
        assertThat(world.files().holds(announced.storageKey())).isTrue();
    }

    @Test
    void completing_again_answers_the_same_and_writes_nothing() {
        world.files().put(announced.storageKey(), PDF, "application/pdf");
        Attachment received = complete(announced.id());
        int updates = world.candidacies().updates();

        assertThat(complete(announced.id())).isEqualTo(received);
        assertThat(world.candidacies().updates()).isEqualTo(updates);
    }

    @Test
    void an_attachment_the_dossier_does_not_list_is_not_found() {
        assertThat(refusal(() -> complete("a-unknown")).code()).isEqualTo(ErrorCode.ATTACHMENT_NOT_FOUND);
    }

    @Test
    void before_the_upload_the_file_is_missing_and_the_announcement_stays() {
        assertThat(refusal(() -> complete(announced.id())).code()).isEqualTo(ErrorCode.UPLOAD_MISSING);

        assertThat(world.candidacies().stored("c1").attachments()).containsExactly(announced);
    }

    @Test
    void a_file_of_another_size_is_deleted_and_refused_naming_both_sizes() {
        byte[] longer = (new String(PDF, StandardCharsets.US_ASCII) + "plus long").getBytes(StandardCharsets.US_ASCII);
        world.files().put(announced.storageKey(), longer, "application/pdf");

        DomainException refusal = refusal(() -> complete(announced.id()));

        assertThat(refusal.code()).isEqualTo(ErrorCode.FILE_SIZE_MISMATCH);
        assertThat(refusal.message(Language.EN)).contains(longer.length + " bytes", PDF.length + " bytes");
        assertRejected();
    }

    @Test
    void a_file_whose_content_is_of_another_type_is_deleted_and_refused() {
        var disguised = world.requestUpload().execute(new RequestUpload.Command("c1", BEARER, "plan.pdf",
                "application/pdf", PNG.length)).attachment();
        world.files().put(disguised.storageKey(), PNG, "application/pdf");

        DomainException refusal = refusal(() -> complete(disguised.id()));

        assertThat(refusal.code()).isEqualTo(ErrorCode.FILE_TYPE_MISMATCH);
        assertThat(refusal.message(Language.EN)).contains("(PDF)");
        assertThat(world.metrics().recorded()).containsExactly(
                new Metric.UploadRejected(Metric.UploadRejected.Reason.CONTENT_MISMATCH, FileType.PDF));
        assertThat(world.files().deleted()).containsExactly(disguised.storageKey());
        assertThat(world.candidacies().stored("c1").attachments()).containsExactly(announced);
    }

    @Test
    void a_rejection_keeps_what_was_added_concurrently() {
        world.files().put(announced.storageKey(), new byte[PDF.length], "application/pdf");
        Attachment other = Fixtures.receivedPdf("a-other", now());
        world.candidacies().beforeNextUpdate(store -> {
            Candidacy current = store.stored("c1");
            List<Attachment> attachments = new ArrayList<>(current.attachments());
            attachments.add(other);
            store.put(current.withAttachments(attachments, now()).atRevision(current.revision() + 1));
        });

        assertThat(refusal(() -> complete(announced.id())).code()).isEqualTo(ErrorCode.FILE_TYPE_MISMATCH);

        assertThat(world.candidacies().stored("c1").attachments()).containsExactly(other);
        assertThat(world.files().deleted()).containsExactly(announced.storageKey());
    }

    private void assertRejected() {
        assertThat(world.files().holds(announced.storageKey())).isFalse();
        assertThat(world.files().deleted()).containsExactly(announced.storageKey());
        assertThat(world.candidacies().stored("c1").attachments()).isEmpty();
    }
}
