package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.port.Metric;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules every applicant write shares (token, status, deadline) are in ApplicantWritesTest. */
class RequestUploadTest {

    static final long MEBIBYTE = 1024 * 1024;

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final RequestUpload requestUpload = world.requestUpload();
    private final Candidacy draft = world.draft("c1");

    private RequestUpload.Requested announce(String fileName, String contentType, long size) {
        return requestUpload.execute(new RequestUpload.Command("c1", BEARER, fileName, contentType, size));
    }

    /** The refusal of an announcement, after checking the dossier was left as it was. */
    private DomainException refused(String fileName, String contentType, long size) {
        Candidacy before = world.candidacies().stored("c1");
        DomainException refusal = refusal(() -> announce(fileName, contentType, size));
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
        return refusal;
    }

    private void limitTheCampaignTo(UploadLimits limits) {
        Campaign label = Fixtures.labelCampaign();
        world.campaigns().save(new Campaign(label.id(), label.title(), label.region(), label.track(), label.edition(),
                label.opensAt(), label.closesAt(), label.timeZone(), label.regionalSelection(), label.criteria(), limits));
    }

    private Candidacy withFiles(Candidacy candidacy, int count, Attachment.State state, Instant createdAt) {
        return candidacy.withAttachments(IntStream.range(0, count).mapToObj(i -> new Attachment("f" + i, "piece-" + i + ".pdf",
                FileType.PDF, 100, state, "campaigns/c1/f" + i, createdAt, null)).toList(), createdAt);
    }

    @Test
    void an_announced_file_is_pending_with_a_url_to_put_exactly_that_file() {
        var requested = announce("Dossier de candidature.pdf", "application/pdf", 610);

        Attachment attachment = requested.attachment();
        assertThat(attachment.id()).startsWith("a");
        assertThat(attachment.fileName()).isEqualTo("Dossier de candidature.pdf");
        assertThat(attachment.type()).isEqualTo(FileType.PDF);
        assertThat(attachment.size()).isEqualTo(610);
        assertThat(attachment.state()).isEqualTo(Attachment.State.PENDING);
        assertThat(attachment.createdAt()).isEqualTo(Fixtures.DURING_CALL);
        assertThat(attachment.storageKey())
                .isEqualTo("campaigns/" + Fixtures.LABEL_CAMPAIGN + "/candidacies/c1/" + attachment.id() + ".pdf");
        var upload = requested.upload();
        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.url()).contains(attachment.storageKey());
        assertThat(upload.headers()).isEqualTo(Map.of("Content-Type", "application/pdf", "Content-Length", "610"));
        assertThat(upload.expiresAt()).isEqualTo(Fixtures.DURING_CALL.plus(Duration.ofMinutes(15)));
        Candidacy stored = world.candidacies().stored("c1");
        assertThat(stored.attachments()).containsExactly(attachment);
        assertThat(stored.version()).isEqualTo(draft.version() + 1);
    }

    @Test
    void the_media_type_is_read_without_its_parameters_or_case() {
        var requested = announce("plan.PNG", "Image/PNG; charset=binary", 100);

        assertThat(requested.attachment().type()).isEqualTo(FileType.PNG);
        assertThat(requested.upload().headers()).containsEntry("Content-Type", "image/png");
    }

    @Test
    void a_type_nobody_takes_is_refused_listing_the_accepted_ones() {
        DomainException refusal = refused("virus.exe", "application/octet-stream", 100);

        assertThat(refusal.code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
        assertThat(refusal.message(Language.EN)).contains("PDF, JPG, PNG, ODT, ODS, ODP, DOCX, XLSX, PPTX");
        assertThat(world.metrics().recorded()).containsExactly(
                new Metric.UploadRejected(Metric.UploadRejected.Reason.UNSUPPORTED_TYPE, null));
    }

    @Test
    void a_name_that_says_another_type_than_announced_is_refused() {
        assertThat(refused("photo.png", "application/pdf", 100).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
        assertThat(refused("dossier", "application/pdf", 100).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
    }

    @Test
    void a_type_the_campaign_does_not_take_is_refused_listing_its_own() {
        limitTheCampaignTo(new UploadLimits(UploadLimits.DEFAULT_MAX_FILE_BYTES, 10, List.of(FileType.PDF)));

        DomainException refusal = refused("plan.png", "image/png", 100);

        assertThat(refusal.code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE_TYPE);
        assertThat(refusal.message(Language.EN)).endsWith("Accepted types: PDF.");
    }

    @Test
    void a_file_over_the_campaigns_limit_is_too_large_and_one_at_the_limit_is_not() {
        DomainException refusal = refused("gros.pdf", "application/pdf", 20 * MEBIBYTE + 1);

        assertThat(refusal.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE);
        assertThat(refusal.message(Language.FR)).contains("20 Mo");
        assertThat(announce("juste.pdf", "application/pdf", 20 * MEBIBYTE).attachment().size()).isEqualTo(20 * MEBIBYTE);
    }

    @Test
    void a_limit_in_no_whole_number_of_megabytes_is_said_in_bytes() {
        limitTheCampaignTo(new UploadLimits(1500, 10, List.of(FileType.values())));

        assertThat(refused("a.pdf", "application/pdf", 1501).message(Language.FR)).contains("1500 octets");
    }

    @Test
    void a_dossier_at_its_file_limit_takes_no_more() {
        world.store(withFiles(draft, 10, Attachment.State.RECEIVED, Fixtures.DURING_CALL));

        DomainException refusal = refused("onzieme.pdf", "application/pdf", 100);

        assertThat(refusal.code()).isEqualTo(ErrorCode.TOO_MANY_FILES);
        assertThat(refusal.message(Language.EN)).contains("(10)");
    }

    @Test
    void an_announcement_never_completed_frees_its_slot_after_an_hour() {
        world.store(withFiles(draft, 10, Attachment.State.PENDING, Fixtures.DURING_CALL));
        world.clock().advance(Duration.ofMinutes(59));
        assertThat(refused("piece.pdf", "application/pdf", 100).code()).isEqualTo(ErrorCode.TOO_MANY_FILES);

        world.clock().advance(Duration.ofMinutes(1));
        var requested = announce("piece.pdf", "application/pdf", 100);

        assertThat(world.candidacies().stored("c1").attachments()).containsExactly(requested.attachment());
    }

    @Test
    void the_limit_counts_a_file_announced_concurrently() {
        world.store(withFiles(draft, 9, Attachment.State.RECEIVED, Fixtures.DURING_CALL));
        world.candidacies().beforeNextUpdate(store -> {
            Candidacy current = store.stored("c1");
            store.put(withFiles(current, 10, Attachment.State.RECEIVED, Fixtures.DURING_CALL)
                    .atRevision(current.revision() + 1));
        });

        assertThat(refusal(() -> announce("piece.pdf", "application/pdf", 100)).code())
                .isEqualTo(ErrorCode.TOO_MANY_FILES);
        assertThat(world.candidacies().stored("c1").attachments()).hasSize(10);
    }
}
