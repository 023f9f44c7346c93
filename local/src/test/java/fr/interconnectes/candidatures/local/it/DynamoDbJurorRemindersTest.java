package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbJurorReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A juror reminder's claim on dynalite: one run at a time, for as long as its lease runs, to the nanosecond. */
class DynamoDbJurorRemindersTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final LocalDate DAY = LocalDate.of(2030, 10, 17);
    private static final Instant LEASE_END = Instant.parse("2030-10-16T08:00:40.5Z");

    private final DynamoDbJurorReminders reminders = new DynamoDbJurorReminders(EMULATORS.aws().dynamoDb(),
            EMULATORS.tableName());
    private final String campaign = "it-remind-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_claim_holds_until_its_lease_ends_even_at_a_whole_second() {
        assertThat(reminders.claim(campaign, DAY, "juror-1", LEASE_END.minusSeconds(60), LEASE_END)).isTrue();

        // 08:00:40Z, half a second before the lease ends: as texts, "…40Z" once sorted after "…40.5Z"
        assertThat(reminders.claim(campaign, DAY, "juror-1", Instant.parse("2030-10-16T08:00:40Z"),
                LEASE_END.plusSeconds(60))).as("claimed while the first run's lease runs").isFalse();
        assertThat(reminders.claim(campaign, DAY, "juror-1", LEASE_END.minusNanos(1), LEASE_END.plusSeconds(60)))
                .isFalse();
        assertThat(reminders.claim(campaign, DAY, "juror-1", LEASE_END.plusNanos(1), LEASE_END.plusSeconds(60)))
                .as("claimed once the lease ran out").isTrue();
    }

    @Test
    void a_sent_reminder_is_never_claimed_again() {
        assertThat(reminders.claim(campaign, DAY, "juror-2", LEASE_END.minusSeconds(60), LEASE_END)).isTrue();
        reminders.markSent(campaign, DAY, "juror-2", LEASE_END.minusSeconds(30), "ses-id");

        assertThat(reminders.claim(campaign, DAY, "juror-2", LEASE_END.plusSeconds(3600), LEASE_END.plusSeconds(3660)))
                .isFalse();
    }
}
