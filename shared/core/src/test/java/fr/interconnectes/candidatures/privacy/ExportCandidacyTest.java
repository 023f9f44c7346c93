package fr.interconnectes.candidatures.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.Refusals;
import org.junit.jupiter.api.Test;

/** The applicant downloads a copy of their dossier. */
class ExportCandidacyTest {

    private final PrivacyBench bench = new PrivacyBench(Fixtures.AFTER_DEADLINE, Fixtures.labelCampaign());
    private final ExportCandidacy export = new ExportCandidacy(new ApplicantAccess(bench.candidacies), bench.campaigns,
            bench.files);

    @Test
    void the_copy_holds_the_dossier_and_a_short_lived_link_per_file() {
        bench.store(PrivacyBench.withFile(Fixtures.submittedTo(Fixtures.labelCampaign(), "cMine", "ARA-2019-L-0001",
                Fixtures.DURING_CALL)));

        var copy = export.execute("cMine", "Bearer token-cMine");

        assertThat(copy.candidacy().contactEmail()).isEqualTo("contact@cMine.test");
        assertThat(copy.downloads()).containsOnlyKeys("a1");
        assertThat(copy.downloads().get("a1").url()).contains("campaigns/aura-2019-label/candidacies/cMine/a1.pdf");
        assertThat(copy.downloads().get("a1").expiresAt()).isEqualTo(Fixtures.DURING_CALL.plus(ExportCandidacy.LINK_VALIDITY));
    }

    @Test
    void only_the_dossiers_token_opens_it_and_not_after_erasure() {
        bench.store(PrivacyBench.withFile(Fixtures.submittedTo(Fixtures.labelCampaign(), "cMine", "ARA-2019-L-0001",
                Fixtures.DURING_CALL)));
        Refusals.refused(ErrorCode.UNAUTHORIZED, () -> export.execute("cMine", null));
        Refusals.refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> export.execute("cMine", "Bearer token-other"));

        bench.eraseCandidacy().execute(Fixtures.organiser(), new EraseCandidacy.Command("cMine", "Demande", true));

        Refusals.refused(ErrorCode.CANDIDACY_ERASED, () -> export.execute("cMine", "Bearer token-cMine"));
    }
}
