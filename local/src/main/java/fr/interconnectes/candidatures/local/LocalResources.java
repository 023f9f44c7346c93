package fr.interconnectes.candidatures.local;

import fr.interconnectes.candidatures.local.emulator.S3ProxyEmulator;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates, on the emulators, the tables and buckets that template.yaml declares, with the keys and
 * indexes it gives (TTL, PITR and encryption are AWS-side settings the emulators do not model).
 */
public final class LocalResources {

    private final SamTemplate template;
    private final LocalNames names;

    public LocalResources(SamTemplate template, LocalNames names) {
        this.template = template;
        this.names = names;
    }

    public List<String> createTables(DynamoDbClient dynamoDb) {
        List<String> created = new ArrayList<>();
        for (String logicalId : template.resourcesOfType("AWS::DynamoDB::Table")) {
            String tableName = names.physicalName(logicalId, "AWS::DynamoDB::Table");
            try {
                dynamoDb.createTable(tableRequest(tableName, template.properties(logicalId)));
            } catch (ResourceInUseException alreadyThere) {
                // a persisted local run: keep its data
            }
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(tableName));
            created.add(tableName);
        }
        return created;
    }

    public List<String> createBuckets(S3ProxyEmulator s3) {
        List<String> created = new ArrayList<>();
        for (String logicalId : template.resourcesOfType("AWS::S3::Bucket")) {
            String bucket = names.physicalName(logicalId, "AWS::S3::Bucket");
            s3.createBucket(bucket);
            created.add(bucket);
        }
        return created;
    }

    static CreateTableRequest tableRequest(String tableName, Map<String, Object> properties) {
        var builder = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(properties.get("AttributeDefinitions")).stream()
                        .map(d -> AttributeDefinition.builder()
                                .attributeName((String) d.get("AttributeName"))
                                .attributeType((String) d.get("AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(properties.get("KeySchema")));
        List<Map<String, Object>> indexes = list(properties.get("GlobalSecondaryIndexes"));
        if (!indexes.isEmpty()) {
            builder.globalSecondaryIndexes(indexes.stream()
                    .map(index -> GlobalSecondaryIndex.builder()
                            .indexName((String) index.get("IndexName"))
                            .keySchema(keySchema(index.get("KeySchema")))
                            .projection(projection(SamTemplate.cast(index.get("Projection"))))
                            .build())
                    .toList());
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static Projection projection(Map<String, Object> projection) {
        var builder = Projection.builder().projectionType((String) projection.get("ProjectionType"));
        Object nonKey = projection.get("NonKeyAttributes");
        return (nonKey == null ? builder : builder.nonKeyAttributes((List<String>) nonKey)).build();
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        return list(schema).stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType"))
                        .build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
