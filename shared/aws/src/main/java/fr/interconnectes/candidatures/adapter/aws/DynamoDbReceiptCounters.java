package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** One atomic counter item per campaign ({@code PK = COUNTER#cid, SK = RECEIPT}). */
public record DynamoDbReceiptCounters(DynamoDbClient dynamoDb, String tableName) implements ReceiptCounters {

    @Override
    public long next(String campaignId) {
        var response = table().update(r -> r
                .key(Map.of("PK", AttributeValue.fromS("COUNTER#" + campaignId), "SK", AttributeValue.fromS("RECEIPT")))
                .updateExpression("ADD #value :one")
                .expressionAttributeNames(Map.of("#value", "value"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        return Long.parseLong(response.attributes().get("value").n());
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
