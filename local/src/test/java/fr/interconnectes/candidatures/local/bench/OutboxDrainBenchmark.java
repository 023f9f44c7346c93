package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.functions.Invocations;
import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Not a test: a deadline rush during an SES outage leaves N confirmation mails pending (3,000 by default); SES is
 * back, and one run of the retry job (the function's handler, template settings: 16 senders, 40 mails a second,
 * 50 s) drains them through the SES emulator. Prints mails a minute, then the same at an unlimited rate to show
 * what the job itself can do. Run: {@code java -cp <test class path> ...OutboxDrainBenchmark [mails] [rate]}.
 */
public final class OutboxDrainBenchmark {

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : DeliverPendingMails.Settings.DEFAULT.mailsPerSecond();
        try (LocalBackend backend = OrganiserRoutes.startBackend(false)) {
            var env = backend.environment();
            var aws = new AwsClients(Environment.of(env));
            for (double mailsPerSecond : new double[] {rate, 100_000}) {
                String tag = Long.toString(System.nanoTime(), 36);
                OutboxRush rush = new OutboxRush(aws.dynamoDb(), env.get("TABLE_NAME"), aws.sesV2(), env.get("MAIL_FROM"), tag);
                Instant due = Instant.now();
                rush.seed(mails, due);
                var defaults = DeliverPendingMails.Settings.DEFAULT;
                var settings = new DeliverPendingMails.Settings(defaults.budget(), defaults.senders(), mailsPerSecond);
                var job = rush.job(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofSeconds(1)), settings);
                int sent = 0;
                long started = System.nanoTime();
                long runs = 0;
                int sentByRun;
                do {
                    sentByRun = (Integer) Invocations.invoke(job, Map.<String, Object>of()).get("sent");
                    sent += sentByRun;
                    runs++;
                } while (sent < mails && sentByRun > 0);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("outbox drain after an SES outage: %d pending mails sent in %.1f s by %d run(s) "
                                + "(16 senders, send rate %s): %.0f mails/minute%s%n", sent, seconds, runs,
                        mailsPerSecond >= 100_000 ? "unlimited" : String.format("%.0f/s", mailsPerSecond),
                        sent / seconds * 60, mailsPerSecond >= 100_000 ? ""
                                : sent / seconds * 60 >= 2_000 ? "  target >= 2000/min: met" : "  target >= 2000/min: MISSED");
            }
        }
        System.exit(0);
    }
}
