package fr.interconnectes.candidatures.convocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.domain.candidacy.Convocation.Attendance;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerConvocationTest {

    static final Instant NOW = Instant.parse("2019-10-13T08:00:00Z");
    static final Convocation SENT = Convocation.sent("slot-c1", 0, "A", "Salle Mont-Blanc", "Impérial Palace",
            Instant.parse("2019-10-17T07:00:00Z"), Instant.parse("2019-10-17T07:15:00Z"), NOW);

    final MailTestBench bench = MailTestBench.at(NOW);
    final AnswerConvocation answer = new AnswerConvocation(bench.access(), bench.campaigns(), bench.writer(),
            bench.forms(), bench.clock());

    Candidacy stored(Convocation convocation) {
        return bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withConvocation(convocation));
    }

    static DomainException refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_applicant_confirms_with_a_note_then_changes_their_mind() {
        stored(SENT);

        var view = answer.execute("c1", "Bearer token-c1", new AnswerConvocation.Answer(Attendance.CONFIRMED, "À deux"));

        assertThat(view.candidacy().convocation().attendance()).isEqualTo(Attendance.CONFIRMED);
        assertThat(view.candidacy().convocation().note()).isEqualTo("À deux");
        assertThat(view.candidacy().convocation().answeredAt()).isEqualTo(NOW);
        long version = bench.candidacies().stored("c1").version();

        answer.execute("c1", "Bearer token-c1", new AnswerConvocation.Answer(Attendance.DECLINED, null));

        Candidacy after = bench.candidacies().stored("c1");
        assertThat(after.convocation().attendance()).isEqualTo(Attendance.DECLINED);
        assertThat(after.convocation().note()).isNull();
        assertThat(after.version()).as("the form's ETag stays").isEqualTo(version);
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void without_a_convocation_or_once_cancelled_there_is_nothing_to_answer() {
        stored(null);
        assertThat(refusal(() -> answer.execute("c1", "Bearer token-c1",
                new AnswerConvocation.Answer(Attendance.CONFIRMED, null))).code()).isEqualTo(ErrorCode.NOT_CONVENED);

        stored(SENT.cancelledAt(1, NOW));
        assertThat(refusal(() -> answer.execute("c1", "Bearer token-c1",
                new AnswerConvocation.Answer(Attendance.CONFIRMED, null))).code())
                .isEqualTo(ErrorCode.CONVOCATION_CANCELLED);
    }

    @Test
    void another_token_opens_nothing() {
        stored(SENT);

        assertThatThrownBy(() -> answer.execute("c1", "Bearer someone-else",
                new AnswerConvocation.Answer(Attendance.CONFIRMED, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND));
        assertThat(bench.candidacies().stored("c1").convocation().attendance()).isEqualTo(Attendance.PENDING);
    }

    @Test
    void a_withdrawn_dossier_answers_no_more() {
        bench.candidacies().put(stored(SENT).withdrawn(NOW));

        assertThat(refusal(() -> answer.execute("c1", "Bearer token-c1",
                new AnswerConvocation.Answer(Attendance.CONFIRMED, null))).code())
                .isEqualTo(ErrorCode.CANDIDACY_WITHDRAWN);
    }
}
