package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.domain.candidacy.Decision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportRowTest {

    private static final Instant T0 = Instant.parse("2019-10-01T08:00:00Z");

    private static Candidacy submittedDossier() {
        ApplicationForm form = new ApplicationForm(
                new Applicant(Samples.EVIAN, OrganisationKind.EPCI, "200067551", null,
                        new Contact("Hélène Dupré", "DGS", "helene.dupre@cc-pays-evian.fr", "+33450338888")),
                new LabelProject("Guichet numérique", "Un guichet unique.", "…", ProjectStage.EN_COURS, null, null,
                        null, null),
                Language.FR);
        Attachment received = new Attachment("a1", "dossier.pdf", FileType.PDF, 1000, Attachment.State.RECEIVED,
                "k1", T0, T0);
        Attachment pending = new Attachment("a2", "photo.png", FileType.PNG, 1000, Attachment.State.PENDING,
                "k2", T0, null);
        return Candidacy.newDraft("c-evian", "aura-2019-label", form, "hash", T0)
                .withAttachments(List.of(received, pending), T0)
                .submitted(new Receipt("ARA-2019-L-0042", Instant.parse("2019-10-10T21:59:59Z")), T0);
    }

    @Test
    void a_dossier_without_jury_results() {
        ExportRow row = ExportRow.of(submittedDossier());

        assertThat(row.receiptNumber()).isEqualTo("ARA-2019-L-0042");
        assertThat(row.status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(row.organisation()).isEqualTo(Samples.EVIAN);
        assertThat(row.contactPhone()).isEqualTo("+33450338888");
        assertThat(row.projectTitle()).isEqualTo("Guichet numérique");
        assertThat(row.submittedAt()).isEqualTo(Instant.parse("2019-10-10T21:59:59Z"));
        assertThat(row.files()).as("received files only").isEqualTo(1);
        assertThat(row.rank()).isNull();
        assertThat(row.score()).isNull();
        assertThat(row.decision()).isNull();
        assertThat(row.criteria()).isEmpty();
    }

    @Test
    void with_jury_results() {
        Map<String, BigDecimal> criteria = new HashMap<>();
        criteria.put("innovation", new BigDecimal("8"));
        criteria.put("partnership", null);
        ExportRow row = ExportRow.of(submittedDossier())
                .withJury(3, new BigDecimal("11.005"), 2, BigDecimal.ZERO, criteria, Decision.Outcome.NOT_SELECTED);

        List<String> cells = ExportColumns.of(JuryGrid.common()).cells(row);
        assertThat(cells.subList(12, 23)).containsExactly(
                "1", "3", "11.01", "2", "0.00", "8.00", "", "", "", "", "not_selected");
        assertThat(row.candidacyId()).isEqualTo("c-evian");
    }

    @Test
    void a_draft_never_submitted() {
        Candidacy draft = Candidacy.newDraft("c-draft", "aura-2019-label",
                new ApplicationForm(null, new LabelProject(null, null, null, null, null, null, null, null), null),
                "hash", T0);
        ExportRow row = ExportRow.of(draft);
        assertThat(row.receiptNumber()).isNull();
        assertThat(row.submittedAt()).isNull();
        assertThat(row.kind()).isNull();
        assertThat(ExportColumns.of(JuryGrid.common()).cells(row).get(2)).isEqualTo("draft");
    }
}
