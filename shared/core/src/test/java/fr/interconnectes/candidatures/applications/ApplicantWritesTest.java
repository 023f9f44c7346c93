package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.port.Metric;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.attachments.AttachmentCommand;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.SentForm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every applicant write shares ({@link CandidacyRules#openForWrite}): only the dossier's own token opens
 * it, a withdrawn or expired dossier is closed, and the server clock alone decides whether the deadline (the
 * campaign's, or a personal extension) has passed. A refused write changes nothing.
 */
class ApplicantWritesTest {

    static final byte[] PDF = "%PDF-1.4\n% une annexe\n".getBytes(StandardCharsets.US_ASCII);
    static final String UPLOADED_KEY = "campaigns/" + Fixtures.LABEL_CAMPAIGN + "/candidacies/c1/a1.pdf";
    static final Instant EXTENDED = Fixtures.CLOSES.plus(Duration.ofDays(2));

    /** Each write, in a form that succeeds on the dossier {@link #dossier} stores. */
    enum Write {
        UPDATE_FORM {
            @Override
            void run(ApplicantUseCases world, String candidacyId, String authorization) {
                world.updateCandidacy().execute(new UpdateCandidacy.Command(candidacyId, authorization,
                        OptionalLong.empty(), SentForm.of(Fixtures.completeLabelForm("helene.dupre@cc-pays-evian.fr"))));
            }
        },
        REQUEST_UPLOAD {
            @Override
            void run(ApplicantUseCases world, String candidacyId, String authorization) {
                world.requestUpload().execute(new RequestUpload.Command(candidacyId, authorization, "budget.pdf",
                        "application/pdf", 2048));
            }
        },
        COMPLETE_UPLOAD {
            @Override
            void run(ApplicantUseCases world, String candidacyId, String authorization) {
                world.completeUpload().execute(new AttachmentCommand(candidacyId, authorization, "a1"));
            }
        },
        DELETE_ATTACHMENT {
            @Override
            void run(ApplicantUseCases world, String candidacyId, String authorization) {
                world.deleteAttachment().execute(new AttachmentCommand(candidacyId, authorization, "a0"));
            }
        };

        abstract void run(ApplicantUseCases world, String candidacyId, String authorization);
    }

    private final ApplicantUseCases world = new ApplicantUseCases();

    /** A draft with a received file (a0) and a file uploaded but not yet checked (a1). */
    private Candidacy dossier(UnaryOperator<Candidacy> state) {
        Attachment uploaded = new Attachment("a1", "annexe.pdf", FileType.PDF, PDF.length, Attachment.State.PENDING,
                UPLOADED_KEY, Fixtures.DURING_CALL, null);
        world.files().put(UPLOADED_KEY, PDF, "application/pdf");
        Candidacy draft = world.draft("c1").withAttachments(
                List.of(Fixtures.receivedPdf("a0", Fixtures.DURING_CALL), uploaded), Fixtures.DURING_CALL);
        return world.store(state.apply(draft));
    }

    /** The refusal of {@code write}, after checking it left the dossier and its files as they were. */
    private DomainException refused(Write write, String candidacyId, String authorization) {
        Candidacy before = world.candidacies().stored("c1");
        DomainException refusal = refusal(() -> write.run(world, candidacyId, authorization));
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
        assertThat(world.files().holds(UPLOADED_KEY)).isTrue();
        assertThat(world.files().deleted()).isEmpty();
        return refusal;
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void the_applicant_writes_with_their_token_during_the_call(Write write) {
        long version = dossier(d -> d).version();

        write.run(world, "c1", BEARER);

        assertThat(world.candidacies().stored("c1").version()).isGreaterThan(version);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void without_a_bearer_token_it_is_unauthorized(Write write) {
        dossier(d -> d);

        for (String authorization : new String[] {null, "", "Bearer ", "Basic " + ApplicantUseCases.TOKEN,
                ApplicantUseCases.TOKEN}) {
            assertThat(refused(write, "c1", authorization).code()).as(authorization).isEqualTo(ErrorCode.UNAUTHORIZED);
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void a_wrong_token_and_a_dossier_that_does_not_exist_are_the_same_not_found(Write write) {
        dossier(d -> d);

        assertThat(refused(write, "c1", "Bearer someone-elses-token").code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(refused(write, "c2", BEARER).code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(refused(write, "c".repeat(65), BEARER).code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void the_scheme_is_read_in_any_case(Write write) {
        dossier(d -> d);

        write.run(world, "c1", "  bearer " + ApplicantUseCases.TOKEN + " ");

        assertThat(world.candidacies().updates()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void a_withdrawn_dossier_is_closed(Write write) {
        dossier(d -> d.withdrawn(Fixtures.DURING_CALL));

        assertThat(refused(write, "c1", BEARER).code()).isEqualTo(ErrorCode.CANDIDACY_WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void an_expired_dossier_is_closed(Write write) {
        dossier(d -> d.expired(Fixtures.DURING_CALL));

        assertThat(refused(write, "c1", BEARER).code()).isEqualTo(ErrorCode.CANDIDACY_EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void after_the_deadline_it_is_refused_naming_the_deadline(Write write) {
        dossier(d -> d);
        world.clock().set(Fixtures.AFTER_DEADLINE);

        DomainException refusal = refused(write, "c1", BEARER);

        assertThat(refusal.code()).isEqualTo(ErrorCode.DEADLINE_PASSED);
        assertThat(refusal.message(Language.FR)).contains("jeudi 10 octobre 2019 à 23:59:59");
        // the refusals of the writes the rush makes are counted; removing a file after the deadline is not one
        var counted = switch (write) {
            case UPDATE_FORM -> List.of(new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.UPDATE));
            case REQUEST_UPLOAD, COMPLETE_UPLOAD -> List.of(new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.UPLOAD));
            case DELETE_ATTACHMENT -> List.<Metric>of();
        };
        assertThat(world.metrics().recorded()).isEqualTo(counted);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void at_the_deadline_it_is_in_time(Write write) {
        dossier(d -> d);
        world.clock().set(Fixtures.CLOSES);

        write.run(world, "c1", BEARER);

        assertThat(world.candidacies().updates()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void a_personal_extension_lets_the_applicant_write_after_the_campaigns_deadline(Write write) {
        dossier(d -> d.withPersonalDeadline(EXTENDED, Fixtures.DURING_CALL));
        world.clock().set(Fixtures.AFTER_DEADLINE);

        write.run(world, "c1", BEARER);

        assertThat(world.candidacies().updates()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void past_a_personal_extension_it_is_refused_naming_the_extension(Write write) {
        dossier(d -> d.withPersonalDeadline(EXTENDED, Fixtures.DURING_CALL));
        world.clock().set(EXTENDED.plusMillis(1));

        DomainException refusal = refused(write, "c1", BEARER);

        assertThat(refusal.code()).isEqualTo(ErrorCode.DEADLINE_PASSED);
        assertThat(refusal.message(Language.FR)).contains("samedi 12 octobre 2019 à 23:59:59");
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void before_the_campaign_opens_it_is_not_open(Write write) {
        dossier(d -> d);
        world.clock().set(Fixtures.OPENS.minusMillis(1));

        assertThat(refused(write, "c1", BEARER).code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_OPEN);
    }
}
