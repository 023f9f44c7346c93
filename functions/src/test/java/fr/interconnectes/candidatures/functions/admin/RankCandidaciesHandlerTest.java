package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.asRegionalOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/rank-candidacies.json}, through the handler's seam. */
class RankCandidaciesHandlerTest {

    /** The 2027 label campaign the sample event ranks, by median of normalised scores, for a national organiser. */
    private static final Campaign CAMPAIGN = Fixtures.labelCampaign(2027);
    private static final Instant SUBMITTED = Instant.parse("2027-10-01T08:00:00Z");
    private static final Instant SCORED = Instant.parse("2027-10-17T09:00:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final RankCandidaciesHandler handler = new RankCandidaciesHandler(new InMemoryCampaigns(CAMPAIGN),
            candidacies, juryRecords);

    /** Both jurors find {@code cStrong} better than {@code cWeak}, each on their own scale. */
    private void storeTwoScoredDossiers() {
        candidacies.put(Fixtures.submittedTo(CAMPAIGN, "cWeak", "ARA-2027-L-0001", SUBMITTED));
        candidacies.put(Fixtures.submittedTo(CAMPAIGN, "cStrong", "ARA-2027-L-0002", SUBMITTED));
        score("cWeak", "juror-strict", 3);
        score("cStrong", "juror-strict", 6);
        score("cWeak", "juror-generous", 7);
        score("cStrong", "juror-generous", 9);
    }

    private void score(String candidacyId, String jurorId, int each) {
        juryRecords.save(JuryRecord.assigned(candidacyId, CAMPAIGN.id(), jurorId, "organiser-sub", SUBMITTED)
                .withScores(Fixtures.evenScores(each), null, SCORED));
    }

    @ParameterizedTest
    @Event(value = "../events/rank-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void the_organiser_ranks_the_campaign_as_asked(APIGatewayV2HTTPEvent event) {
        storeTwoScoredDossiers();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var ranking = body(response);
        assertThat(ranking.get("campaignId").asText()).isEqualTo("aura-2027-label");
        assertThat(ranking.get("aggregation").asText()).isEqualTo("median");
        assertThat(ranking.get("normalised").asBoolean()).isTrue();
        assertThat(ranking.get("dossiers").findValuesAsText("candidacyId")).containsExactly("cStrong", "cWeak");
        assertThat(ranking.at("/dossiers/0/rank").asInt()).isEqualTo(1);
        assertThat(ranking.at("/dossiers/0/receiptNumber").asText()).isEqualTo("ARA-2027-L-0002");
        assertThat(ranking.at("/dossiers/0/numberOfScores").asInt()).isEqualTo(2);
        assertThat(ranking.get("ties").toString()).isEqualTo("[]");
    }

    @ParameterizedTest
    @Event(value = "../events/rank-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void both_faulty_options_are_reported_at_once(APIGatewayV2HTTPEvent event) {
        storeTwoScoredDossiers();
        event.setQueryStringParameters(Map.of("aggregation", "mode", "normalise", "yes"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields").findValuesAsText("field"))
                .containsExactly("aggregation", "normalise");
        assertThat(body(response).at("/error/fields").findValuesAsText("code")).containsOnly("invalid_enum");
    }

    @ParameterizedTest
    @Event(value = "../events/rank-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void a_regional_organiser_of_another_region_sees_no_ranking(APIGatewayV2HTTPEvent event) {
        storeTwoScoredDossiers();
        asRegionalOrganiser(event, "IDF");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(response.getBody()).doesNotContain("cStrong");
    }
}
