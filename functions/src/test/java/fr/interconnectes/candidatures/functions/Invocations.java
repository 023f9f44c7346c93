package fr.interconnectes.candidatures.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invokes a handler as the Lambda runtime does, through its stream: the sample event (an {@code @Event} of the
 * events library, changed as a test needs) written as JSON by the events library's serializer, as Lambda would
 * receive it, and the bytes the handler writes read back as the library's response.
 */
public final class Invocations {

    private static final PojoSerializer<APIGatewayV2HTTPEvent> EVENTS =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Invocations.class.getClassLoader());
    private static final PojoSerializer<APIGatewayV2HTTPResponse> RESPONSES =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, Invocations.class.getClassLoader());
    private static final PojoSerializer<SNSEvent> SNS_EVENTS =
            LambdaEventSerializers.serializerFor(SNSEvent.class, Invocations.class.getClassLoader());
    private static final PojoSerializer<DynamodbEvent> STREAM_EVENTS =
            LambdaEventSerializers.serializerFor(DynamodbEvent.class, Invocations.class.getClassLoader());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Invocations() {
    }

    /** An HTTP handler's answer to {@code event}. */
    public static APIGatewayV2HTTPResponse invoke(HttpFunction handler, APIGatewayV2HTTPEvent event) {
        return response(invoke(handler, json(event)));
    }

    /** The event as API Gateway sends it. */
    public static byte[] json(APIGatewayV2HTTPEvent event) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        EVENTS.toJson(event, json);
        return json.toByteArray();
    }

    /** What a handler wrote, read as the events library's response. */
    public static APIGatewayV2HTTPResponse response(byte[] written) {
        return RESPONSES.fromJson(new ByteArrayInputStream(written));
    }

    /** What a scheduled handler wrote, read as its summary. */
    public static Map<String, Object> summary(byte[] written) {
        try {
            return JSON.readValue(written, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scheduled handler's summary of its round, for {@code event} (an EventBridge event as a map). */
    public static Map<String, Object> invoke(ScheduledFunction handler, Map<String, Object> event) {
        try {
            return summary(invoke(handler, JSON.writeValueAsBytes(event)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SNS handler's summary of the notifications of {@code event}, written as SNS sends it to Lambda. */
    public static Map<String, Object> invoke(SnsFunction handler, SNSEvent event) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        SNS_EVENTS.toJson(event, json);
        return summary(invoke(handler, json.toByteArray()));
    }

    /**
     * A stream handler's partial batch response to {@code event}, written as the DynamoDB stream event source sends
     * it to Lambda: the sequence numbers of the records it hands back.
     */
    public static List<String> invoke(TableStreamFunction handler, DynamodbEvent event) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        STREAM_EVENTS.toJson(event, json);
        List<String> handedBack = new ArrayList<>();
        if (summary(invoke(handler, json.toByteArray())).get("batchItemFailures") instanceof List<?> failures) {
            failures.forEach(failure -> handedBack.add(String.valueOf(((Map<?, ?>) failure).get("itemIdentifier"))));
        }
        return handedBack;
    }

    /**
     * The batch the table's stream sends after the dossiers were written with a mail due: one MODIFY record each,
     * its key and the outbox index's key in its new image (what the event source's filter lets through).
     */
    public static DynamodbEvent streamBatch(String... candidacyIds) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        long sequence = 1;
        for (String candidacyId : candidacyIds) {
            Map<String, AttributeValue> keys = new LinkedHashMap<>();
            CandidacyItem.keyNames(candidacyId).forEach((name, value) -> keys.put(name, new AttributeValue(value)));
            Map<String, AttributeValue> image = new LinkedHashMap<>(keys);
            image.put("GSI3PK", new AttributeValue(CandidacyItem.OUTBOX_INDEX_KEY));
            StreamRecord change = new StreamRecord().withKeys(keys).withNewImage(image)
                    .withSequenceNumber(String.valueOf(sequence++)).withStreamViewType(StreamViewType.NEW_IMAGE);
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventID("e-" + candidacyId);
            record.setEventName("MODIFY");
            record.setEventSource("aws:dynamodb");
            record.setDynamodb(change);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    /** The bytes {@code handler} writes for the event {@code json}. */
    public static byte[] invoke(LambdaFunction handler, byte[] json) {
        return handler.invoke(json);
    }
}
