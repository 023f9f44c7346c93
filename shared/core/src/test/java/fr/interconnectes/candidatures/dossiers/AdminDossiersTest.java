package fr.interconnectes.candidatures.dossiers;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminDossiersTest {

    private static final Instant AT = Fixtures.DURING_CALL;
    private final Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0001", AT);
    private final Decision pending = new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", AT, null);

    @Test
    void juries_hear_submitted_dossiers_only() {
        assertThatCode(() -> AdminDossiers.requireSubmitted(submitted)).doesNotThrowAnyException();
        refused(ErrorCode.NOT_SUBMITTED, () -> AdminDossiers.requireSubmitted(Fixtures.readyToSubmit("c2", "t", AT)));
        refused(ErrorCode.NOT_SUBMITTED, () -> AdminDossiers.requireSubmitted(submitted.withdrawn(AT)));
        refused(ErrorCode.NOT_SUBMITTED, () -> AdminDossiers.requireSubmitted(
                Fixtures.readyToSubmit("c3", "t", AT).expired(Fixtures.AFTER_DEADLINE)));
    }

    @Test
    void the_record_changes_until_the_decision_is_sent() {
        assertThatCode(() -> AdminDossiers.requireDecisionNotSent(submitted)).as("no decision").doesNotThrowAnyException();
        assertThatCode(() -> AdminDossiers.requireDecisionNotSent(submitted.withDecision(pending)))
                .as("a pending decision").doesNotThrowAnyException();
        refused(ErrorCode.DECISION_ALREADY_SENT,
                () -> AdminDossiers.requireDecisionNotSent(submitted.withDecision(pending.notified(AT))));
    }
}
