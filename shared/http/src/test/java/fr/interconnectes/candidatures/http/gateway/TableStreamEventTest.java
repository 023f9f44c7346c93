package fr.interconnectes.candidatures.http.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DynamoDB stream batch as the event source sends it, and the partial batch response the function answers. */
class TableStreamEventTest {

    private static TableStreamEvent read(String json) {
        return TableStreamEvent.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSampleBatchGivesEachRecordsIdNameKeyAndSequenceNumber() throws IOException {
        TableStreamEvent event;
        try (InputStream in = Files.newInputStream(Path.of("../../events/deliver-recorded-mails.json"))) {
            event = TableStreamEvent.read(in);
        }

        assertThat(event.records()).containsExactly(
                new TableStreamEvent.Change("7de3041dd709b024af6f29e4fa13d34c", "MODIFY",
                        Map.of("PK", "CANDIDACY#cX9f2Lm7Qa1Bz4Kp", "SK", "CANDIDACY"), "4421584500000000017450439091"),
                new TableStreamEvent.Change("c81e728d9d4c2f636f067f89cc14862c", "INSERT",
                        Map.of("PK", "CANDIDACY#cK3h8Wn2Rb5Dy7Lq", "SK", "CANDIDACY"), "4421584600000000017450439092"));
    }

    @Test
    void whatItWritesReadsBackTheSameWithTheNewImageBesideTheKey() {
        TableStreamEvent event = new TableStreamEvent(List.of(new TableStreamEvent.Change("e-1", "MODIFY",
                Map.of("PK", "CANDIDACY#c1", "SK", "CANDIDACY"), "17")));

        String json = event.toJson("arn:aws:dynamodb:local:000000000000:table/t/stream/s",
                List.of(Map.of("GSI3PK", "OUTBOX")));

        assertThat(read(json)).isEqualTo(event);
        assertThat(StreamingJson.read(json)).isEqualTo(Map.of("Records", List.of(Map.of(
                "eventID", "e-1", "eventName", "MODIFY", "eventVersion", "1.1", "eventSource", "aws:dynamodb",
                "eventSourceARN", "arn:aws:dynamodb:local:000000000000:table/t/stream/s",
                "dynamodb", Map.of(
                        "Keys", Map.of("PK", Map.of("S", "CANDIDACY#c1"), "SK", Map.of("S", "CANDIDACY")),
                        "NewImage", Map.of("PK", Map.of("S", "CANDIDACY#c1"), "SK", Map.of("S", "CANDIDACY"),
                                "GSI3PK", Map.of("S", "OUTBOX")),
                        "SequenceNumber", "17", "StreamViewType", "NEW_IMAGE")))));
    }

    @Test
    void anEmptyInputOrAKeyThatIsNotAStringGivesNoRecordOrNoSuchKey() {
        assertThat(read("").records()).isEmpty();
        assertThat(read("{}").records()).isEmpty();

        var change = read("{\"Records\": [{\"eventID\": \"e\", \"eventName\": \"REMOVE\", \"dynamodb\": "
                + "{\"Keys\": {\"PK\": {\"S\": \"CANDIDACY#c1\"}, \"N\": {\"N\": \"3\"}}, \"SequenceNumber\": \"9\"}}]}")
                .records().get(0);
        assertThat(change.keys()).isEqualTo(Map.of("PK", "CANDIDACY#c1"));
        assertThat(change.eventName()).isEqualTo("REMOVE");
    }

    @Test
    void thePartialBatchResponseNamesEachRecordToHandBackByItsSequenceNumber() {
        assertThat(StreamingJson.write(TableStreamEvent.batchResponse(List.of())))
                .isEqualTo("{\"batchItemFailures\":[]}");
        assertThat(StreamingJson.read(StreamingJson.write(TableStreamEvent.batchResponse(List.of("9", "12")))))
                .isEqualTo(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "9"),
                        Map.of("itemIdentifier", "12"))));
    }
}
