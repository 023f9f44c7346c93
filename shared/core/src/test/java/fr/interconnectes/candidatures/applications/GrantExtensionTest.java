package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.testing.ApplicantUseCases;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantExtensionTest {

    static final Instant EXTENDED = Fixtures.CLOSES.plus(Duration.ofDays(3));

    private final ApplicantUseCases world = new ApplicantUseCases();
    private final GrantExtension grantExtension = world.grantExtension();
    private final Candidacy draft = world.draft("c1");

    private DomainException refusedTo(Principal caller, String candidacyId, Instant deadline) {
        DomainException refusal = refusal(() -> grantExtension.execute(caller, candidacyId, deadline, "motif"));
        assertThat(world.candidacies().stored("c1")).isEqualTo(draft);
        assertThat(world.auditLog().entries()).isEmpty();
        return refusal;
    }

    @Test
    void an_organiser_gives_one_dossier_a_deadline_beyond_the_campaigns_and_it_is_audited() {
        var granted = grantExtension.execute(Fixtures.organiser(), "c1", EXTENDED, "Panne du réseau de la mairie");

        assertThat(granted.candidacy().personalDeadline()).isEqualTo(EXTENDED);
        assertThat(granted.candidacy().deadline(granted.campaign())).isEqualTo(EXTENDED);
        assertThat(granted.candidacy().version()).isEqualTo(draft.version() + 1);
        assertThat(world.candidacies().stored("c1").personalDeadline()).isEqualTo(EXTENDED);
        AuditEntry entry = world.auditLog().entries().get(0);
        assertThat(entry.action()).isEqualTo("extension_granted");
        assertThat(entry.candidacyId()).isEqualTo("c1");
        assertThat(entry.campaignId()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(entry.details()).isEqualTo(Map.of("deadline", EXTENDED.toString(), "reason", "Panne du réseau de la mairie"));
    }

    @Test
    void null_removes_the_extension() {
        grantExtension.execute(Fixtures.organiser(), "c1", EXTENDED, "Panne");

        var removed = grantExtension.execute(Fixtures.organiser(), "c1", null, null);

        assertThat(removed.candidacy().personalDeadline()).isNull();
        assertThat(removed.candidacy().deadline(removed.campaign())).isEqualTo(Fixtures.CLOSES);
        assertThat(world.auditLog().actions()).containsExactly("extension_granted", "extension_removed");
        assertThat(world.auditLog().entries().get(1).details()).containsEntry("reason", "");
    }

    @Test
    void an_extension_must_go_beyond_the_campaigns_deadline() {
        DomainException refusal = refusedTo(Fixtures.organiser(), "c1", Fixtures.CLOSES);

        assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refusal.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("deadline", "before_campaign_deadline"));
    }

    @Test
    void a_draft_the_closing_job_expired_opens_again_until_the_new_deadline() {
        world.store(draft.expired(Fixtures.AFTER_DEADLINE));
        world.clock().set(Fixtures.AFTER_DEADLINE.plus(Duration.ofHours(1)));

        var granted = grantExtension.execute(Fixtures.organiser(), "c1", EXTENDED, "Oubli");

        assertThat(granted.candidacy().status()).isEqualTo(CandidacyStatus.DRAFT);
    }

    @Test
    void an_expired_draft_stays_expired_when_the_new_deadline_has_passed_too() {
        world.store(draft.expired(Fixtures.AFTER_DEADLINE));
        world.clock().set(EXTENDED.plusSeconds(1));

        assertThat(grantExtension.execute(Fixtures.organiser(), "c1", EXTENDED, "Trop tard").candidacy().status())
                .isEqualTo(CandidacyStatus.EXPIRED);
    }

    @Test
    void a_regional_organiser_extends_in_their_region_only() {
        assertThat(refusedTo(Fixtures.regionalOrganiser("IDF"), "c1", EXTENDED).code()).isEqualTo(ErrorCode.OUT_OF_REGION);

        var granted = grantExtension.execute(Fixtures.regionalOrganiser("ARA"), "c1", EXTENDED, "Panne");

        assertThat(granted.candidacy().personalDeadline()).isEqualTo(EXTENDED);
    }

    @Test
    void a_juror_may_not_extend() {
        assertThat(refusedTo(Fixtures.juror("juror-1"), "c1", EXTENDED).code()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void a_dossier_that_does_not_exist_is_not_found() {
        assertThat(refusedTo(Fixtures.organiser(), "c2", EXTENDED).code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
    }
}
