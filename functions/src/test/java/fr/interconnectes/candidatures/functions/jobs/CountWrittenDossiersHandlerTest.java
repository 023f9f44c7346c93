package fr.interconnectes.candidatures.functions.jobs;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.UnreadableCandidacies;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The DynamoDB stream sample of {@code sam local invoke -e events/count-written-dossiers.json}: a dossier created
 * then written again, and a dossier written once, through the handler's seam. (Counting itself, on dynalite, is
 * DynamoDbTalliesTest's.)
 */
class CountWrittenDossiersHandlerTest {

    /** The dossiers the sample's records name, in order: the first twice. */
    private static final String WRITTEN_TWICE = "cX9f2Lm7Qa1Bz4Kp";
    private static final String WRITTEN_ONCE = "cK3h8Wn2Rb5Dy7Lq";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();

    @ParameterizedTest
    @Event(value = "../events/count-written-dossiers.json", type = DynamodbEvent.class)
    void each_dossier_the_batch_names_is_counted_once(DynamodbEvent event) {
        assertThat(invoke(new CountWrittenDossiersHandler(candidacies), event)).as("records handed back").isEmpty();

        assertThat(candidacies.countedWritten()).containsExactly(WRITTEN_TWICE, WRITTEN_ONCE);
    }

    @ParameterizedTest
    @Event(value = "../events/count-written-dossiers.json", type = DynamodbEvent.class)
    void every_record_of_a_dossier_the_table_cannot_count_is_handed_back_and_the_others_still_count(
            DynamodbEvent event) {
        var records = event.getRecords();

        var answer = invoke(new CountWrittenDossiersHandler(UnreadableCandidacies.except(candidacies, WRITTEN_TWICE)),
                event);

        assertThat(answer).containsExactly(records.get(0).getDynamodb().getSequenceNumber(),
                records.get(1).getDynamodb().getSequenceNumber());
        assertThat(candidacies.countedWritten()).containsExactly(WRITTEN_ONCE);
    }

    @ParameterizedTest
    @Event(value = "../events/count-written-dossiers.json", type = DynamodbEvent.class)
    void an_item_that_is_not_a_dossier_is_not_counted(DynamodbEvent event) {
        event.getRecords().get(2).getDynamodb().getKeys().put("SK", new AttributeValue("JURY#juror-1"));

        assertThat(invoke(new CountWrittenDossiersHandler(candidacies), event)).isEmpty();

        assertThat(candidacies.countedWritten()).containsExactly(WRITTEN_TWICE);
    }
}
