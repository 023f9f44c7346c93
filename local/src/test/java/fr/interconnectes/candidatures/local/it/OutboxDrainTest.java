package fr.interconnectes.candidatures.local.it;

import fr.interconnectes.candidatures.functions.Invocations;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.local.bench.OutboxRush;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * After an SES outage, two runs of the retry job at once (the schedule's next run starting before the last one
 * ended) drain the backlog through the SES emulator: every mail sent exactly once, every outbox marked sent.
 */
class OutboxDrainTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final int MAILS = 120;

    @Test
    void two_concurrent_runs_send_each_pending_mail_once() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OutboxRush rush = new OutboxRush(EMULATORS.aws().dynamoDb(), EMULATORS.tableName(), EMULATORS.aws().sesV2(),
                EMULATORS.mailFrom(), tag);
        Instant due = Instant.now();
        rush.seed(MAILS, due);
        Clock later = Clock.fixed(due.plusSeconds(1), ZoneOffset.UTC);
        var settings = new DeliverPendingMails.Settings(Duration.ofSeconds(60), 8, 1_000);

        var first = CompletableFuture.supplyAsync(() -> Invocations.invoke(rush.job(later, settings), Map.<String, Object>of()));
        var second = CompletableFuture.supplyAsync(() -> Invocations.invoke(rush.job(later, settings), Map.<String, Object>of()));
        int sent = (Integer) first.get().get("sent") + (Integer) second.get().get("sent");

        assertThat(sent).isEqualTo(MAILS);
        Map<String, Long> received = EMULATORS.mails().stream()
                .flatMap(m -> m.to().stream())
                .filter(to -> to.startsWith("rush-" + tag + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(MAILS);
        assertThat(received.values()).allMatch(count -> count == 1);
        DynamoDbCandidacies candidacies = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(), EMULATORS.tableName());
        List<OutboxMail.State> states = IntStream.range(0, MAILS)
                .mapToObj(i -> candidacies.find("rush-" + tag + "-" + i).orElseThrow().outbox().get(0).state()).toList();
        assertThat(states).containsOnly(OutboxMail.State.SENT);
    }
}
