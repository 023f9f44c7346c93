package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.config.Environment;

/**
 * Run once after deploying the release with the list indexes and counters, for each campaign holding dossiers
 * written before it: {@code TABLE_NAME=… java -cp functions/target/functions.jar
 * fr.interconnectes.candidatures.adapter.aws.BackfillListsAndCounters campaign-id…} (AWS credentials and region from
 * the environment, as for the functions). Idempotent, and safe while the campaign is open ({@link DynamoDbCandidacies#backfill}).
 */
public final class BackfillListsAndCounters {

    private BackfillListsAndCounters() {
    }

    public static void main(String[] campaignIds) {
        Environment environment = Environment.current();
        var candidacies = new DynamoDbCandidacies(new AwsClients(environment).dynamoDb(), environment.required("TABLE_NAME"));
        for (String campaignId : campaignIds) {
            System.out.println(campaignId + ": " + candidacies.backfill(campaignId) + " dossiers brought up to date");
        }
    }
}
