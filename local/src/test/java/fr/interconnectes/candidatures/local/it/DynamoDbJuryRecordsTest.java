package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The DynamoDB jury records adapter against dynalite: revisions guard every write, removals included. */
class DynamoDbJuryRecordsTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final Instant AT = Instant.parse("2027-10-17T08:00:00Z");

    private final JuryRecords records = new DynamoDbJuryRecords(EMULATORS.aws().dynamoDb(), EMULATORS.tableName());

    /** Ids unique to this run, since the table is shared with the other tests. */
    private final String candidacyId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String campaignId = "it-campaign-" + candidacyId;

    @Test
    void a_removal_read_before_the_juror_scored_does_not_remove_their_scores() {
        JuryRecord assigned = records.save(JuryRecord.assigned(candidacyId, campaignId, "juror-1", "organiser", AT));
        JuryRecord scored = records.save(assigned.withScores(Map.of("innovation", 7), "Bien", AT.plusSeconds(60)));

        assertThatThrownBy(() -> records.delete(assigned)).isInstanceOf(Candidacies.StaleRevision.class);

        assertThat(records.find(candidacyId, "juror-1")).contains(scored);
        records.delete(scored);
        assertThat(records.find(candidacyId, "juror-1")).isEmpty();
        records.delete(scored); // already gone: nothing to do
    }

    @Test
    void records_are_found_by_dossier_by_campaign_and_by_juror() {
        JuryRecord first = records.save(JuryRecord.assigned(candidacyId, campaignId, "juror-1", "organiser", AT));
        JuryRecord second = records.save(JuryRecord.assigned(candidacyId, campaignId, "juror-2", "organiser", AT));

        assertThat(records.forCandidacy(candidacyId)).containsExactlyInAnyOrder(first, second);
        assertThat(records.forCampaign(campaignId)).containsExactlyInAnyOrder(first, second);
        assertThat(records.forJuror("juror-2", campaignId)).containsExactly(second);
        assertThatThrownBy(() -> records.save(JuryRecord.assigned(candidacyId, campaignId, "juror-1", "other", AT)))
                .isInstanceOf(Candidacies.StaleRevision.class);
    }
}
