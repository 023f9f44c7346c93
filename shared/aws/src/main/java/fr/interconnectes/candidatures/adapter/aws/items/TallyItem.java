package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A shard of a campaign's counters: {@code PK = TALLY#cid, SK = SHARD#nn} ({@value #SHARDS} shards, a dossier's
 * shard from its id), the map {@code c} of counters of {@link DossierTally} (counter → number), and for each
 * dossier of the shard the tally the counters hold for it, {@code d:<id> = "<revision>|<encoded tally>"}. Keeping
 * what was applied beside the counters makes applying a dossier's tally idempotent and ordered: a tally is applied
 * only over an older revision's, in one conditional update.
 */
public final class TallyItem {

    public static final int SHARDS = 64;
    public static final String COUNTERS = "c";
    public static final String DOSSIER_PREFIX = "d:";

    private TallyItem() {
    }

    public static int shardOf(String candidacyId) {
        return Math.floorMod(candidacyId.hashCode(), SHARDS);
    }

    public static Map<String, AttributeValue> key(String campaignId, int shard) {
        return Map.of("PK", AttributeValue.fromS("TALLY#" + campaignId),
                "SK", AttributeValue.fromS("SHARD#" + String.format("%02d", shard)));
    }

    public static String dossierAttribute(String candidacyId) {
        return DOSSIER_PREFIX + candidacyId;
    }

    /** A dossier's tally as the counters hold it, at the revision it was applied from. */
    public record Applied(long revision, DossierTally tally) {

        public static final Applied NONE = new Applied(0, DossierTally.NONE);

        public static Applied of(AttributeValue value) {
            if (value == null || value.s() == null) {
                return NONE;
            }
            String text = value.s();
            int bar = text.indexOf('|');
            return new Applied(Long.parseLong(text.substring(0, bar)), DossierTally.decode(text.substring(bar + 1)));
        }

        public AttributeValue toAttribute() {
            return AttributeValue.fromS(revision + "|" + tally.encode());
        }
    }

    /** The counters of a shard. */
    public static DossierTally counters(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        AttributeValue counters = item.get(COUNTERS);
        if (counters != null && counters.hasM()) {
            counters.m().forEach((name, value) -> counts.put(name, Long.parseLong(value.n())));
        }
        return new DossierTally(counts);
    }
}
