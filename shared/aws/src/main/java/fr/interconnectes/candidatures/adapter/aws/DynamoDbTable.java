package fr.interconnectes.candidatures.adapter.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The single table as every adapter uses it: each request names the table and goes through
 * {@link AwsServiceErrors}, and a query is read page after page.
 */
record DynamoDbTable(DynamoDbClient client, String name) {

    private static final String DYNAMODB = "DynamoDB";

    /** The item under {@code key}, read consistently. */
    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = AwsServiceErrors.call(DYNAMODB, () -> client.getItem(r -> r.tableName(name).key(key).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The attributes {@code names} (placeholders {@code #…}) of the item under {@code key}, read consistently. */
    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key, Map<String, String> names) {
        var response = AwsServiceErrors.call(DYNAMODB, () -> client.getItem(r -> r.tableName(name).key(key)
                .consistentRead(true).projectionExpression(String.join(", ", names.keySet()))
                .expressionAttributeNames(names)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The items of these keys that exist, in no particular order, read consistently (100 keys a request). */
    List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        return batchGet(keys, Map.of());
    }

    /** The same, only the attributes {@code names} (placeholders {@code #…}; none: all of them). */
    List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys, Map<String, String> names) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 100) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + 100));
            while (!pending.isEmpty()) {
                var request = KeysAndAttributes.builder().keys(pending).consistentRead(true);
                if (!names.isEmpty()) {
                    request.projectionExpression(String.join(", ", names.keySet())).expressionAttributeNames(names);
                }
                var batch = request.build();
                var response = AwsServiceErrors.call(DYNAMODB, () -> client.batchGetItem(r -> r.requestItems(Map.of(name, batch))));
                found.addAll(response.responses().getOrDefault(name, List.of()));
                var unprocessed = response.unprocessedKeys().get(name);
                pending = unprocessed == null ? List.of() : unprocessed.keys();
            }
        }
        return found;
    }

    void put(Map<String, AttributeValue> item) {
        put(r -> r.item(item));
    }

    /** A put with its conditions; a failed one throws {@code ConditionalCheckFailedException}. */
    void put(Consumer<PutItemRequest.Builder> request) {
        AwsServiceErrors.call(DYNAMODB, () -> client.putItem(r -> request.accept(r.tableName(name))));
    }

    /**
     * Puts the item if the stored one is still at revision {@code expected} (its attribute {@code revisionAttribute};
     * 0: none must be stored yet).
     *
     * @return false when another write came first (nothing is written then)
     */
    boolean putAtRevision(Map<String, AttributeValue> item, String revisionAttribute, long expected) {
        try {
            put(r -> {
                r.item(item);
                if (expected == 0) {
                    r.conditionExpression("attribute_not_exists(PK)");
                } else {
                    r.conditionExpression("#revision = :expected")
                            .expressionAttributeNames(Map.of("#revision", revisionAttribute))
                            .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expected))));
                }
            });
            return true;
        } catch (ConditionalCheckFailedException stale) {
            return false;
        }
    }

    /**
     * Writes {@code item} whole, as a PutItem would, but with an UpdateItem: each of its attributes but the key
     * ({@code PK}, {@code SK}) is set, and each of {@code optional} that it lacks is removed. What is stored is then
     * {@code item} exactly, as long as {@code optional} names every attribute its writer may leave out. Why not a
     * PutItem: the applicants' requests that write already need an UpdateItem (the receipt counter), and every SDK
     * operation a function uses costs its cold start the set-up of that operation's model classes (README, Cold
     * start). A failed {@code condition} throws {@code ConditionalCheckFailedException}, and nothing is written; its
     * placeholders must not start with {@code #set}, {@code :set} or {@code #rm}.
     */
    void replace(Map<String, AttributeValue> item, Collection<String> optional, String condition,
                 Map<String, String> conditionNames, Map<String, AttributeValue> conditionValues) {
        Map<String, String> names = new HashMap<>(conditionNames);
        Map<String, AttributeValue> values = new HashMap<>(conditionValues);
        StringJoiner set = new StringJoiner(", ", "SET ", "");
        int index = 0;
        // in name order: the same item gives the same expression
        for (var attribute : new TreeMap<>(item).entrySet()) {
            if (!attribute.getKey().equals("PK") && !attribute.getKey().equals("SK")) {
                names.put("#set" + index, attribute.getKey());
                values.put(":set" + index, attribute.getValue());
                set.add("#set" + index + " = :set" + index);
                index++;
            }
        }
        StringJoiner remove = new StringJoiner(", ", " REMOVE ", "");
        remove.setEmptyValue("");
        int removed = 0;
        for (String attribute : optional) {
            if (!item.containsKey(attribute)) {
                names.put("#rm" + removed, attribute);
                remove.add("#rm" + removed);
                removed++;
            }
        }
        String expression = set + remove.toString();
        update(r -> r.key(Map.of("PK", item.get("PK"), "SK", item.get("SK"))).updateExpression(expression)
                .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
    }

    UpdateItemResponse update(Consumer<UpdateItemRequest.Builder> request) {
        return AwsServiceErrors.call(DYNAMODB, () -> client.updateItem(r -> request.accept(r.tableName(name))));
    }

    void delete(Consumer<DeleteItemRequest.Builder> request) {
        AwsServiceErrors.call(DYNAMODB, () -> client.deleteItem(r -> request.accept(r.tableName(name))));
    }

    /** Every item of {@code index} whose partition key (its {@code <index>PK}) is {@code partition}. */
    <T> List<T> queryIndex(String index, String partition, Function<Map<String, AttributeValue>, T> read) {
        return queryIndex(index, index + "PK = :pk", Map.of(":pk", AttributeValue.fromS(partition)), read);
    }

    /** Every item of {@code index} whose keys match {@code keyCondition}, each read by {@code read}. */
    <T> List<T> queryIndex(String index, String keyCondition, Map<String, AttributeValue> values,
                           Function<Map<String, AttributeValue>, T> read) {
        return queryIndex(index, keyCondition, values, Integer.MAX_VALUE, read);
    }

    /** The first {@code limit} items of {@code index} whose keys match {@code keyCondition}. */
    <T> List<T> queryIndex(String index, String keyCondition, Map<String, AttributeValue> values, int limit,
                           Function<Map<String, AttributeValue>, T> read) {
        return query(r -> r.indexName(index).keyConditionExpression(keyCondition).expressionAttributeValues(values),
                limit, read);
    }

    /** How many items the query ({@code Select.COUNT}) finds, page after page. */
    long count(QueryRequest query) {
        QueryRequest counting = query.toBuilder().tableName(name).build();
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest page = counting.toBuilder().exclusiveStartKey(start).build();
            var response = AwsServiceErrors.call(DYNAMODB, () -> client.query(page));
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    /** Every item the query finds, in its order, each read by {@code read}. */
    <T> List<T> query(Consumer<QueryRequest.Builder> request, Function<Map<String, AttributeValue>, T> read) {
        return query(request, Integer.MAX_VALUE, read);
    }

    /** The first {@code limit} items the query finds, in its order; no page is read once they are there. */
    <T> List<T> query(Consumer<QueryRequest.Builder> request, int limit,
                      Function<Map<String, AttributeValue>, T> read) {
        QueryRequest query = QueryRequest.builder().applyMutation(request).tableName(name).build();
        List<T> found = new ArrayList<>();
        Map<String, AttributeValue> start = query.hasExclusiveStartKey() ? query.exclusiveStartKey() : null;
        do {
            QueryRequest page = query.toBuilder().exclusiveStartKey(start).build();
            var response = AwsServiceErrors.call(DYNAMODB, () -> client.query(page));
            for (var item : response.items()) {
                if (found.size() < limit) {
                    found.add(read.apply(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return found;
    }
}
