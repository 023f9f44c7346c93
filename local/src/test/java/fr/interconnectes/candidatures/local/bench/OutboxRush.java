package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.SesMailer;
import fr.interconnectes.candidatures.adapter.mail.MustacheMailTemplates;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.functions.jobs.DeliverPendingMailsHandler;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * A deadline rush whose confirmation mails SES refused: {@code dossiers} submitted dossiers, each with its
 * confirmation pending in its outbox, to {@code rush-<tag>-<i>@…}; and the retry job (its handler, as deployed but
 * for the ports) that drains them afterwards through SES.
 */
public record OutboxRush(DynamoDbClient dynamoDb, String table, SesV2Client ses, String mailFrom, String tag) {

    public static final String SECRET = "bench-secret-of-at-least-32-characters!";

    public String recipient(int i) {
        return "rush-" + tag + "-" + i + "@mairie-test.fr";
    }

    /** The rush: dossiers submitted while SES was down, their mails failed once and due again from {@code due}. */
    public void seed(int dossiers, Instant due) throws Exception {
        DossierSeed seed = new DossierSeed("rush-" + tag, due.minusSeconds(3_600));
        DynamoDbCandidacies candidacies = candidacies();
        new ForkJoinPool(8).submit(() -> IntStream.range(0, dossiers).parallel().forEach(i -> {
            Candidacy dossier = seed.dossier(i * 10 % 60); // submitted ones of the seed
            Candidacy mine = new Candidacy("rush-" + tag + "-" + i, dossier.campaignId(), dossier.status(), dossier.form(),
                    dossier.accessTokenHashes(), dossier.attachments(), dossier.receipt(), dossier.lastSubmittedAt(), null,
                    null, dossier.version(), 0, dossier.createdAt(), dossier.updatedAt(), java.util.List.of(
                    OutboxMail.pending("m" + i, "confirmation", recipient(i), "Accusé de réception " + i,
                            "Bonjour,\nVotre dossier : " + OutboxMail.LINK_PLACEHOLDER, "<p>Bonjour</p>", "nonce" + i,
                            due.minusSeconds(120)).failed(due.minusSeconds(60), "SES: service unavailable")),
                    null, null);
            if (!candidacies.create(mine)) {
                throw new IllegalStateException("seeded twice: " + mine.id());
            }
        })).get();
    }

    /** One run of the retry job, SES's send rate {@code mailsPerSecond}, at the time {@code clock} tells. */
    public DeliverPendingMailsHandler job(Clock clock, DeliverPendingMails.Settings settings) {
        Mailer mailer = new SesMailer(ses, mailFrom);
        // its mails are seeded written: the templates are never used
        return new DeliverPendingMailsHandler(candidacies(), mailer, new MustacheMailTemplates(),
                new AccessTokens(SECRET),
                new DossierLinks("http://localhost:3000"), clock, new RecordingMetrics(), settings);
    }

    private DynamoDbCandidacies candidacies() {
        return new DynamoDbCandidacies(dynamoDb, table);
    }
}
