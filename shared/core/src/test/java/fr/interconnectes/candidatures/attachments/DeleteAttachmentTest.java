package fr.interconnectes.candidatures.attachments;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.BEARER;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.TOKEN;
import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every applicant write shares (token, status, deadline) are in ApplicantWritesTest. */
class DeleteAttachmentTest {

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final DeleteAttachment deleteAttachment = world.deleteAttachment();
    private final Attachment dossierPdf = Fixtures.receivedPdf("a1", Fixtures.DURING_CALL);
    private final Attachment annex = Fixtures.receivedPdf("a2", Fixtures.DURING_CALL);

    private void delete(String attachmentId) {
        deleteAttachment.execute(new AttachmentCommand("c1", BEARER, attachmentId));
    }

    /** Stores {@code candidacy} with {@code attachments}, each file in the store. */
    private Candidacy storeWith(Candidacy candidacy, Attachment... attachments) {
        for (Attachment attachment : attachments) {
            world.files().put(attachment.storageKey(), new byte[] {'%', 'P', 'D', 'F', '-'}, "application/pdf");
        }
        return world.store(candidacy.withAttachments(List.of(attachments), Fixtures.DURING_CALL));
    }

    private static Candidacy submitted() {
        return Fixtures.readyToSubmit("c1", TOKEN, Fixtures.DURING_CALL)
                .submitted(new Receipt("ARA-2019-L-0001", Fixtures.DURING_CALL), Fixtures.DURING_CALL);
    }

    @Test
    void a_file_leaves_the_dossier_and_the_store() {
        Candidacy before = storeWith(world.draft("c1"), dossierPdf, annex);

        delete("a1");

        Candidacy stored = world.candidacies().stored("c1");
        assertThat(stored.attachments()).containsExactly(annex);
        assertThat(stored.version()).isEqualTo(before.version() + 1);
        assertThat(world.files().holds(dossierPdf.storageKey())).isFalse();
        assertThat(world.files().holds(annex.storageKey())).isTrue();
    }

    @Test
    void an_attachment_the_dossier_does_not_list_is_not_found() {
        storeWith(world.draft("c1"), dossierPdf);

        assertThat(refusal(() -> delete("a-unknown")).code()).isEqualTo(ErrorCode.ATTACHMENT_NOT_FOUND);
        assertThat(world.files().deleted()).isEmpty();
    }

    @Test
    void a_submitted_dossier_keeps_its_last_file() {
        Candidacy before = storeWith(submitted(), dossierPdf);

        DomainException refusal = refusal(() -> delete("a1"));

        assertThat(refusal.code()).isEqualTo(ErrorCode.INCOMPLETE);
        assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly(ApplicationForms.ATTACHMENTS);
        assertThat(world.candidacies().stored("c1")).isEqualTo(before);
        assertThat(world.files().holds(dossierPdf.storageKey())).isTrue();
    }

    @Test
    void a_submitted_dossier_with_another_file_may_lose_one_and_stays_submitted() {
        storeWith(submitted(), dossierPdf, annex);

        delete("a1");

        Candidacy stored = world.candidacies().stored("c1");
        assertThat(stored.status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(stored.attachments()).containsExactly(annex);
    }

    @Test
    void a_store_that_fails_to_delete_leaves_the_file_but_the_dossier_no_longer_lists_it() {
        storeWith(world.draft("c1"), dossierPdf);
        world.files().failDeletes();

        delete("a1");

        assertThat(world.candidacies().stored("c1").attachments()).isEmpty();
        assertThat(world.files().holds(dossierPdf.storageKey())).isTrue();
    }

    @Test
    void a_file_removed_concurrently_is_not_removed_twice() {
        storeWith(world.draft("c1"), dossierPdf, annex);
        world.candidacies().beforeNextUpdate(store -> {
            Candidacy current = store.stored("c1");
            store.put(current.withAttachments(List.of(annex), Fixtures.DURING_CALL).atRevision(current.revision() + 1));
        });

        delete("a1");

        Candidacy stored = world.candidacies().stored("c1");
        assertThat(stored.attachments()).containsExactly(annex);
        assertThat(world.candidacies().updates()).isZero();
        assertThat(world.files().deleted()).containsExactly(dossierPdf.storageKey());
    }
}
