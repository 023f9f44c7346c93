package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.notifications.ReminderUnsubscribeTokens;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import org.junit.jupiter.api.Test;

class StopRemindersTest {

    private final MailTestBench bench = MailTestBench.at(Fixtures.DURING_CALL);
    private final ReminderUnsubscribeTokens tokens = new ReminderUnsubscribeTokens(bench.tokens());
    private final StopReminders stop = new StopReminders(bench.writer(), tokens, bench.clock());

    @Test
    void the_signed_link_turns_reminders_off_once_without_signing_in() {
        bench.candidacies().put(Fixtures.readyToSubmit("cDraft1", "token", Fixtures.DURING_CALL));

        var stopped = stop.execute(tokens.token("cDraft1"));
        bench.clock().advance(java.time.Duration.ofHours(1));
        var again = stop.execute(tokens.token("cDraft1"));

        assertThat(stopped.already()).isFalse();
        assertThat(again.already()).isTrue();
        assertThat(again.since()).isEqualTo(Fixtures.DURING_CALL);
        assertThat(bench.candidacies().stored("cDraft1").mailing().remindersStoppedAt()).isEqualTo(Fixtures.DURING_CALL);
        assertThat(bench.candidacies().stored("cDraft1").version()).as("not a change of content").isEqualTo(2);
    }

    @Test
    void a_forged_or_foreign_token_and_an_unknown_dossier_are_refused_alike() {
        bench.candidacies().put(Fixtures.readyToSubmit("cDraft1", "token", Fixtures.DURING_CALL));
        var otherSecret = new ReminderUnsubscribeTokens(new AccessTokens("another-secret-of-32-characters-at-least"));

        for (String token : new String[] {"cDraft1.forged", otherSecret.token("cDraft1"), tokens.token("cUnknown"),
                "", "no-dot", null}) {
            assertThatThrownBy(() -> stop.execute(token)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_UNSUBSCRIBE_LINK));
        }
        assertThat(bench.candidacies().stored("cDraft1").mailing().remindersStoppedAt()).isNull();
    }

    @Test
    void the_token_opens_nothing_else() {
        bench.candidacies().put(Fixtures.readyToSubmit("cDraft1", "token", Fixtures.DURING_CALL));
        String signature = tokens.token("cDraft1").substring("cDraft1.".length());

        assertThatThrownBy(() -> bench.access().open("cDraft1", "Bearer " + signature))
                .isInstanceOf(DomainException.class);
    }
}
