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
            AttributeValue seen = table.get(key, Map.of("#d", dossier)).map(item -> item.get(dossier)).orElse(null);
            TallyItem.Applied applied = TallyItem.Applied.of(seen);
            if (applied.revision() >= candidacy.revision()) {
                return;
            }
            Map<String, String> names = new HashMap<>(Map.of("#d", dossier));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":new",
                    new TallyItem.Applied(candidacy.revision(), tally).toAttribute()));
            List<String> adds = new ArrayList<>();
            tally.minus(applied.tally()).counts().forEach((counter, delta) -> {
                int i = adds.size();
                names.put("#n" + i, TallyItem.counterAttribute(counter));
                values.put(":n" + i, AttributeValue.fromN(Long.toString(delta)));
                adds.add("#n" + i + " :n" + i);
            });
            String condition;
            if (seen == null) {
                condition = "attribute_not_exists(#d)";
            } else {
                condition = "#d = :seen";
                values.put(":seen", seen);
            }
            String update = "SET #d = :new" + (adds.isEmpty() ? "" : " ADD " + String.join(", ", adds));
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

    /** The sum of the campaign's shards, read consistently in one batch. */
    DossierTally read(String campaignId) {
        return table.batchGet(IntStream.range(0, TallyItem.SHARDS).mapToObj(s -> TallyItem.key(campaignId, s)).toList())
                .stream().map(TallyItem::counters).reduce(DossierTally.NONE, DossierTally::plus);
    }
}
