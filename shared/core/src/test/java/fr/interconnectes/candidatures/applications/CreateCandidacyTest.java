package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.port.Metric;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static fr.interconnectes.candidatures.testing.Fixtures.LABEL_CAMPAIGN;
import static fr.interconnectes.candidatures.testing.Fixtures.STARTUP_CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.SentForm;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateCandidacyTest {

    static final String KEY = "3f9c2a7e-0b1d-4c55-9e6a-2d8f1b7c4a90";

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final CreateCandidacy createCandidacy = world.createCandidacy();
    private final ApplicationForm form = Fixtures.bareLabelForm("mairie@annecy.fr");

    private CreateCandidacy.Created create(String campaignId, ApplicationFormInput sent, String idempotencyKey) {
        return createCandidacy.execute(new CreateCandidacy.Command(campaignId, sent, Optional.ofNullable(idempotencyKey)));
    }

    private CreateCandidacy.Created create(String idempotencyKey) {
        return create(LABEL_CAMPAIGN, SentForm.of(form), idempotencyKey);
    }

    @Test
    void a_new_draft_holds_the_form_read_for_the_campaigns_track_and_opens_with_its_token() {
        SentForm sent = SentForm.of(form);

        var created = create(LABEL_CAMPAIGN, sent, null);

        Candidacy draft = created.candidacy();
        assertThat(sent.reads()).containsExactly(Track.LABEL);
        assertThat(draft.campaignId()).isEqualTo(LABEL_CAMPAIGN);
        assertThat(draft.status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.form()).isEqualTo(form);
        assertThat(draft.createdAt()).isEqualTo(Fixtures.DURING_CALL);
        assertThat(created.campaign().id()).isEqualTo(LABEL_CAMPAIGN);
        assertThat(created.replayed()).isFalse();
        assertThat(world.candidacies().stored(draft.id()).form()).isEqualTo(form);
        assertThat(world.access().open(draft.id(), "Bearer " + created.accessToken()).id()).isEqualTo(draft.id());
        assertThat(world.metrics().recorded()).containsExactly(new Metric.DraftCreated(Track.LABEL));
    }

    @Test
    void a_start_up_campaign_reads_the_form_as_a_start_up_form() {
        SentForm sent = SentForm.of(Fixtures.completeStartupForm("lea.martin@cityzen.example"));

        create(STARTUP_CAMPAIGN, sent, null);

        assertThat(sent.reads()).containsExactly(Track.STARTUP);
    }

    @Test
    void without_a_key_every_request_is_a_new_dossier() {
        var first = create(null);
        var second = create(null);

        assertThat(second.candidacy().id()).isNotEqualTo(first.candidacy().id());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(world.candidacies().all()).hasSize(2);
        assertThat(world.idempotencyKeys().size()).isZero();
    }

    @Test
    void a_campaign_that_does_not_exist_is_not_found_and_the_form_is_not_read() {
        SentForm sent = SentForm.of(form);

        assertThat(refusal(() -> create("aura-2042-label", sent, KEY)).code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND);
        assertThat(sent.reads()).isEmpty();
        assertThat(world.candidacies().all()).isEmpty();
    }

    @Test
    void the_national_round_takes_no_applications_of_its_own() {
        SentForm sent = SentForm.of(form);

        assertThat(refusal(() -> create(Fixtures.NATIONAL_LABEL_CAMPAIGN, sent, null)).code())
                .isEqualTo(ErrorCode.BY_SELECTION_ONLY);
        assertThat(sent.reads()).isEmpty();
        assertThat(world.candidacies().all()).isEmpty();
    }

    @Test
    void before_the_campaign_opens_it_is_not_open_naming_the_opening() {
        world.clock().set(Fixtures.OPENS.minusSeconds(1));
        SentForm sent = SentForm.of(form);

        DomainException refused = refusal(() -> create(LABEL_CAMPAIGN, sent, null));

        assertThat(refused.code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_OPEN);
        assertThat(refused.message(Language.FR)).contains("1 septembre 2019");
        assertThat(sent.reads()).isEmpty();
    }

    @Test
    void after_the_deadline_it_is_refused_naming_the_deadline() {
        world.clock().set(Fixtures.AFTER_DEADLINE);
        SentForm sent = SentForm.of(form);

        DomainException refused = refusal(() -> create(LABEL_CAMPAIGN, sent, KEY));

        assertThat(refused.code()).isEqualTo(ErrorCode.DEADLINE_PASSED);
        assertThat(refused.message(Language.FR)).contains("10 octobre 2019 à 23:59:59");
        assertThat(sent.reads()).isEmpty();
        assertThat(world.candidacies().all()).isEmpty();
        assertThat(world.idempotencyKeys().size()).isZero();
        assertThat(world.metrics().recorded())
                .containsExactly(new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.CREATE));
    }

    @Test
    void a_request_received_at_the_deadline_is_in_time() {
        world.clock().set(Fixtures.CLOSES);

        assertThat(create(null).candidacy().createdAt()).isEqualTo(Fixtures.CLOSES);
    }

    @Test
    void a_form_the_reader_refuses_stores_nothing_not_even_the_key() {
        var invalid = new DomainException(ErrorCode.VALIDATION_FAILED,
                List.of(FieldErrorCode.REQUIRED.at("applicant.organisation")));

        DomainException refused = refusal(() -> create(LABEL_CAMPAIGN, SentForm.refusedWith(invalid), KEY));

        assertThat(refused).isSameAs(invalid);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("applicant.organisation");
        assertThat(world.candidacies().all()).isEmpty();
        assertThat(world.idempotencyKeys().size()).isZero();
    }

    @Test
    void the_same_key_and_form_give_the_same_dossier_and_token_again() {
        var first = create(KEY);
        world.clock().advance(Duration.ofMinutes(5));

        var again = create(KEY);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.candidacy().id()).isEqualTo(first.candidacy().id());
        assertThat(again.accessToken()).isEqualTo(first.accessToken());
        assertThat(again.candidacy().createdAt()).isEqualTo(first.candidacy().createdAt());
        assertThat(world.candidacies().all()).hasSize(1);
        assertThat(world.metrics().of(Metric.DraftCreated.class)).hasSize(1);
    }

    @Test
    void a_key_used_again_with_another_form_is_refused() {
        var first = create(KEY);

        var other = SentForm.of(Fixtures.bareLabelForm("autre@annecy.fr"));

        assertThat(refusal(() -> create(LABEL_CAMPAIGN, other, KEY)).code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(world.candidacies().all()).extracting(Candidacy::id).containsExactly(first.candidacy().id());
    }

    @Test
    void a_key_belongs_to_its_campaign() {
        var label = create(KEY);

        var startup = create(STARTUP_CAMPAIGN, SentForm.of(Fixtures.completeStartupForm("lea@cityzen.example")), KEY);

        assertThat(startup.replayed()).isFalse();
        assertThat(startup.candidacy().id()).isNotEqualTo(label.candidacy().id());
    }

    @Test
    void a_key_is_forgotten_after_a_day() {
        var first = create(KEY);
        world.clock().advance(CreateCandidacy.KEY_RETENTION.plusSeconds(1));

        var later = create(KEY);

        assertThat(later.replayed()).isFalse();
        assertThat(later.candidacy().id()).isNotEqualTo(first.candidacy().id());
    }
}
