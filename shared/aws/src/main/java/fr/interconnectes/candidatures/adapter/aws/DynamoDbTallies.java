package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.TallyItem;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** A campaign's counters, in {@link TallyItem#SHARDS} shards so that concurrent writes rarely meet on one item. */
record DynamoDbTallies(DynamoDbTable table) {

    private static final int ATTEMPTS = 20;

    /**
     * Makes the counters hold the dossier's tally at its revision: reads what its shard holds for it and, unless
     * that is of this revision or a later one, adds the difference and records this one, on the condition that
     * nobody changed it in between (else reads again).
     */
    void apply(Candidacy candidacy) {
        DossierTally tally = DossierTally.of(candidacy);
        var key = TallyItem.key(candidacy.campaignId(), TallyItem.shardOf(candidacy.id()));
        String dossier = TallyItem.dossierAttribute(candidacy.id());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var shard = table.get(key, Map.of("#d", dossier, "#c", TallyItem.COUNTERS));
            if (shard.isEmpty() || !shard.get().containsKey(TallyItem.COUNTERS)) {
                createShard(key);
            }
            AttributeValue seen = shard.map(item -> item.get(dossier)).orElse(null);
            TallyItem.Applied applied = TallyItem.Applied.of(seen);
            if (applied.revision() >= candidacy.revision()) {
                return;
            }
            Map<String, String> names = new HashMap<>(Map.of("#d", dossier));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":new",
                    new TallyItem.Applied(candidacy.revision(), tally).toAttribute()));
            List<String> sets = new ArrayList<>(List.of("#d = :new"));
            tally.minus(applied.tally()).counts().forEach((counter, delta) -> {
                int i = sets.size();
                names.put("#n" + i, counter);
                values.put(":n" + i, AttributeValue.fromN(Long.toString(delta)));
                sets.add("#c.#n" + i + " = if_not_exists(#c.#n" + i + ", :zero) + :n" + i);
            });
            if (sets.size() > 1) {
                names.put("#c", TallyItem.COUNTERS);
                values.put(":zero", AttributeValue.fromN("0"));
            }
            String condition;
            if (seen == null) {
                condition = "attribute_not_exists(#d)";
            } else {
                condition = "#d = :seen";
                values.put(":seen", seen);
            }
            String update = "SET " + String.join(", ", sets);
            try {
                table.update(r -> r.key(key).updateExpression(update).conditionExpression(condition)
                        .expressionAttributeNames(names).expressionAttributeValues(values));
                return;
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("counters of " + candidacy.campaignId() + " too busy for " + candidacy.id());
    }

    /** The sum of the campaign's shards' counters (not what they hold per dossier), read consistently in one batch. */
    DossierTally read(String campaignId) {
        return table.batchGet(IntStream.range(0, TallyItem.SHARDS).mapToObj(s -> TallyItem.key(campaignId, s)).toList(),
                        Map.of("#c", TallyItem.COUNTERS))
                .stream().map(TallyItem::counters).reduce(DossierTally.NONE, DossierTally::plus);
    }

    /** A shard starts with an empty map of counters, which its updates then set counter by counter. */
    private void createShard(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(TallyItem.COUNTERS, AttributeValue.fromM(Map.of()));
        try {
            table.put(r -> r.item(item).conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException exists) {
            // another write created it, or it predates the map: either way its counters are in place
        }
    }
}
