package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.TOKEN;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
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
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.SentForm;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The rules every applicant write shares (token, status, deadline) are in {@link ApplicantWritesTest}. */
class UpdateCandidacyTest {

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final UpdateCandidacy updateCandidacy = world.updateCandidacy();
    private final ApplicationForm complete = Fixtures.completeLabelForm("helene.dupre@cc-pays-evian.fr");

    private CandidacyView update(OptionalLong expectedVersion, ApplicationFormInput sent) {
        return updateCandidacy.execute(new UpdateCandidacy.Command("c1", BEARER, expectedVersion, sent));
    }

    private CandidacyView update(ApplicationForm form) {
        return update(OptionalLong.empty(), SentForm.of(form));
    }

    /** Before the next write lands, somebody else adds a file: the dossier's version and revision move on. */
    private void aFileIsAddedConcurrently() {
        world.candidacies().beforeNextUpdate((InMemoryCandidacies store) -> {
            Candidacy current = store.stored("c1");
            store.put(current.withAttachments(List.of(Fixtures.receivedPdf("a9", Fixtures.DURING_CALL)),
                    Fixtures.DURING_CALL).atRevision(current.revision() + 1));
        });
    }

    @Test
    void the_form_is_replaced_by_the_one_read_for_the_dossiers_track() {
        world.draft("c1");
        SentForm sent = SentForm.of(complete);

        CandidacyView view = update(OptionalLong.empty(), sent);

        assertThat(sent.reads()).containsExactly(Track.LABEL);
        assertThat(view.candidacy().form()).isEqualTo(complete);
        assertThat(view.candidacy().version()).isEqualTo(2);
        assertThat(view.campaign().id()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(view.missing()).extracting(FieldError::field).containsExactly(ApplicationForms.ATTACHMENTS);
        assertThat(world.candidacies().stored("c1").form()).isEqualTo(complete);
    }

    @Test
    void a_start_up_dossier_reads_the_form_as_a_start_up_form() {
        ApplicationForm startup = Fixtures.completeStartupForm("lea.martin@cityzen.example");
        world.store(Fixtures.draft("c1", Fixtures.STARTUP_CAMPAIGN, startup, TOKEN, Fixtures.DURING_CALL));
        SentForm sent = SentForm.of(startup);

        update(OptionalLong.empty(), sent);

        assertThat(sent.reads()).containsExactly(Track.STARTUP);
    }

    @Test
    void a_request_refused_before_the_form_counts_does_not_read_it() {
        world.draft("c1");
        SentForm sent = SentForm.of(complete);

        refusal(() -> updateCandidacy.execute(new UpdateCandidacy.Command("c1", "Bearer another-token",
                OptionalLong.empty(), sent)));

        assertThat(sent.reads()).isEmpty();
    }

    @Test
    void a_form_the_reader_refuses_changes_nothing() {
        Candidacy before = world.draft("c1");
        var invalid = new DomainException(ErrorCode.VALIDATION_FAILED,
                List.of(FieldErrorCode.REQUIRED.at("project.title"), FieldErrorCode.INVALID_EMAIL.at("applicant.contact.email")));

        assertThat(refusal(() -> update(OptionalLong.empty(), SentForm.refusedWith(invalid)))).isSameAs(invalid);
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
    }

    @Test
    void if_match_with_the_current_version_lets_the_change_through() {
        world.draft("c1");

        assertThat(update(OptionalLong.of(1), SentForm.of(complete)).candidacy().version()).isEqualTo(2);
    }

    @Test
    void if_match_with_a_stale_version_is_refused_naming_the_current_one() {
        world.draft("c1");
        update(complete);
        Candidacy before = world.candidacies().stored("c1");

        DomainException refused = refusal(() -> update(OptionalLong.of(1), SentForm.of(Fixtures.bareLabelForm("a@b.fr"))));

        assertThat(refused.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
        assertThat(refused.message(Language.EN)).contains("2");
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
    }

    @Test
    void a_concurrent_change_makes_if_match_stale_and_is_kept() {
        world.draft("c1");
        aFileIsAddedConcurrently();

        assertThat(refusal(() -> update(OptionalLong.of(1), SentForm.of(complete))).code())
                .isEqualTo(ErrorCode.PRECONDITION_FAILED);
        Candidacy stored = world.candidacies().stored("c1");
        assertThat(stored.attachments()).extracting(a -> a.id()).containsExactly("a9");
        assertThat(stored.form()).isNotEqualTo(complete);
    }

    @Test
    void without_if_match_the_form_is_applied_over_a_concurrent_change() {
        world.draft("c1");
        aFileIsAddedConcurrently();

        CandidacyView view = update(complete);

        assertThat(view.candidacy().form()).isEqualTo(complete);
        assertThat(view.candidacy().attachments()).extracting(a -> a.id()).containsExactly("a9");
        assertThat(view.candidacy().version()).isEqualTo(3);
        assertThat(view.missing()).isEmpty();
    }

    @Test
    void a_submitted_dossier_stays_submitted_when_it_stays_complete() {
        world.store(submitted());
        ApplicationForm retitled = Fixtures.completeLabelForm("nouveau.contact@cc-pays-evian.fr");

        CandidacyView view = update(retitled);

        assertThat(view.candidacy().status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(view.candidacy().form()).isEqualTo(retitled);
        assertThat(view.missing()).isEmpty();
    }

    @Test
    void a_submitted_dossier_may_not_lose_what_it_was_accepted_with() {
        Candidacy before = world.store(submitted());

        DomainException refused = refusal(() -> update(Fixtures.bareLabelForm("mairie@annecy.fr")));

        assertThat(refused.code()).isEqualTo(ErrorCode.INCOMPLETE);
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .contains("applicant.siren", "applicant.contact.name", "project.title")
                .doesNotContain(ApplicationForms.ATTACHMENTS);
        assertThat(refused.message(Language.EN)).contains(refused.fieldErrors().size() + " missing item(s)");
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
    }

    private static Candidacy submitted() {
        return Fixtures.readyToSubmit("c1", TOKEN, Fixtures.DURING_CALL)
                .submitted(new Receipt("ARA-2019-L-0001", Fixtures.DURING_CALL), Fixtures.DURING_CALL);
    }
}
