package fr.interconnectes.candidatures.adapter.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.adapter.aws.items.StoredSamples;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * Throwaway: writes the items the adapters store today (Jackson documents of the domain records) for the
 * samples, as golden files of the pre-versioned schema. Run once, before the explicit mappers:
 * {@code mvn -o -pl shared/aws test -Dtest=GoldenItemsGenerator -Dstored.golden.write=true}.
 */
@EnabledIfSystemProperty(named = "stored.golden.write", matches = "true")
class GoldenItemsGenerator {

    private static final Path OUT = Path.of("src/test/resources/stored");
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Map<String, AttributeValue>> written = new ArrayList<>();
    private final DynamoDbClient recorder = (DynamoDbClient) Proxy.newProxyInstance(
            DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, recording());

    private InvocationHandler recording() {
        return (proxy, method, args) -> {
            if (method.getName().equals("putItem") && args[0] instanceof PutItemRequest request) {
                written.add(request.item());
                return PutItemResponse.builder().build();
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
    }

    @Test
    void write_the_golden_items() throws Exception {
        Files.createDirectories(OUT);
        var candidacies = new DynamoDbCandidacies(recorder, "table");
        var campaigns = new DynamoDbCampaigns(recorder, "table");
        var jury = new DynamoDbJuryRecords(recorder, "table");
        var audit = new DynamoDbAuditLog(recorder, "table");

        var label = StoredSamples.labelDossier();
        candidacies.update(label.atRevision(label.revision() - 1));
        save("candidacy-label-v0.json");
        var startup = StoredSamples.startupDossier();
        candidacies.update(startup.atRevision(startup.revision() - 1));
        save("candidacy-startup-v0.json");
        candidacies.create(StoredSamples.draftDossier());
        save("candidacy-draft-v0.json");

        campaigns.save(StoredSamples.regionalCampaign());
        save("campaign-regional-v0.json");
        campaigns.save(StoredSamples.nationalCampaign());
        save("campaign-national-v0.json");

        var conflicted = StoredSamples.conflictedJuryRecord();
        jury.save(conflicted.atRevision(conflicted.revision() - 1));
        save("jury-record-conflict-v0.json");
        var scored = StoredSamples.scoredJuryRecord();
        jury.save(scored.atRevision(scored.revision() - 1));
        save("jury-record-scored-v0.json");

        audit.record(StoredSamples.dossierAuditEntry());
        save("audit-entry-dossier-v0.json");
        audit.record(StoredSamples.campaignAuditEntry());
        save("audit-entry-campaign-v0.json");
    }

    /** The item in DynamoDB's JSON notation, its {@code data} string shown as the document it holds. */
    private void save(String file) throws Exception {
        Map<String, AttributeValue> item = written.remove(written.size() - 1);
        ObjectNode golden = PRETTY.createObjectNode();
        ObjectNode attributes = golden.putObject("attributes");
        new TreeMap<>(item).forEach((name, value) -> {
            if (!name.equals("data")) {
                if (value.s() != null) {
                    attributes.putObject(name).put("S", value.s());
                } else {
                    attributes.putObject(name).put("N", value.n());
                }
            }
        });
        golden.set("data", PRETTY.readTree(item.get("data").s()));
        Files.writeString(OUT.resolve(file), PRETTY.writeValueAsString(golden) + "\n");
    }
}
