package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The permissions template.yaml grants, narrowed to what each function does: reads without Scan, audit appends
 * only on audit partitions, deletes only where jurors are removed, the token secret only where tokens are derived,
 * and throttling on every route, tighter where mail is sent.
 */
class LeastPrivilegeTest {

    /** The functions whose use cases derive applicants' tokens (new dossiers, and every mail carrying a link). */
    static final Set<String> TOKEN_DERIVING = Set.of("CreateCandidacyFunction", "SubmitCandidacyFunction",
            "WithdrawCandidacyFunction", "SendAccessLinksFunction", "DeliverRecordedMailsFunction",
            "DeliverPendingMailsFunction",
            "CloseCampaignsFunction", "SendDecisionsFunction", "SendDraftRemindersFunction", "StopRemindersFunction",
            "ResendMailFunction", "SendConvocationsFunction");

    /**
     * The applicants' requests that cause a mail: they record it with the dossier and leave it to the table's stream
     * (DeliverRecordedMailsFunction), so they hold no right to send mail themselves.
     */
    static final Set<String> RECORDING_FOR_THE_STREAM = Set.of("SubmitCandidacyFunction", "WithdrawCandidacyFunction",
            "SendAccessLinksFunction");

    private static SamTemplate template;

    @BeforeAll
    static void load() {
        template = SamTemplate.load(TemplateChecksTest.templatePath());
    }

    private static List<String> functions() {
        return template.resourcesOfType(TemplateChecker.FUNCTION);
    }

    private static List<Object> policies(String function) {
        Object policies = template.properties(function).get("Policies");
        return policies instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    private static boolean sendsMail(String function) {
        return inlineStatements(function).stream().anyMatch(s -> actions(s).contains("ses:SendEmail"));
    }

    private static boolean uses(String function, String policy) {
        return policies(function).stream().anyMatch(p -> p.equals(Map.of("Ref", policy))
                || p instanceof Map<?, ?> map && map.containsKey(policy));
    }

    /** The statements written in the function's Policies (not those of SAM templates or managed policies). */
    private static List<Map<String, Object>> inlineStatements(String function) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : policies(function)) {
            if (policy instanceof Map<?, ?> map && map.get("Statement") instanceof List<?> list) {
                list.forEach(statement -> statements.add(SamTemplate.cast(statement)));
            }
        }
        return statements;
    }

    private static List<Map<String, Object>> managedStatements(String policy) {
        Map<String, Object> document = SamTemplate.cast(template.properties(policy).get("PolicyDocument"));
        List<Map<String, Object>> statements = new ArrayList<>();
        ((List<?>) document.get("Statement")).forEach(statement -> statements.add(SamTemplate.cast(statement)));
        return statements;
    }

    private static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(action));
    }

    private static Object leadingKeys(Map<String, Object> statement) {
        Map<String, Object> condition = SamTemplate.cast(statement.get("Condition"));
        return SamTemplate.<String, Object>cast(condition.get("ForAllValues:StringLike")).get("dynamodb:LeadingKeys");
    }

    @Test
    void tablesAreReadWithGetItemBatchGetItemAndQueryOnlyNeverScanned() {
        assertThat(functions()).allSatisfy(f -> assertThat(uses(f, "DynamoDBReadPolicy")).as(f).isFalse());
        assertThat(managedStatements("TableReadPolicy")).singleElement()
                .satisfies(s -> assertThat(actions(s)).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"));
        assertThat(functions()).allSatisfy(f -> assertThat(inlineStatements(f)).as(f)
                .allSatisfy(s -> assertThat(actions(s)).doesNotContain("dynamodb:Scan", "dynamodb:*")));
    }

    @Test
    void readsThatAuditThemselvesMayAppendAuditEntriesAndWriteNothingElse() {
        for (String reader : List.of("GetDossierFunction", "ExportCandidaciesFunction")) {
            assertThat(uses(reader, "DynamoDBWritePolicy")).as(reader).isFalse();
            assertThat(uses(reader, "DynamoDBCrudPolicy")).as(reader).isFalse();
            assertThat(uses(reader, "AuditAppendPolicy")).as(reader).isTrue();
        }
        assertThat(managedStatements("AuditAppendPolicy")).singleElement().satisfies(s -> {
            assertThat(actions(s)).containsExactly("dynamodb:PutItem");
            assertThat(leadingKeys(s)).isEqualTo(List.of("AUDIT#*"));
        });
    }

    @Test
    void theExportFunctionWritesAndReadsItsFilesUnderExportsOnly() {
        List<Map<String, Object>> s3 = inlineStatements("ExportCandidaciesFunction").stream()
                .filter(s -> actions(s).stream().anyMatch(a -> a.startsWith("s3:"))).toList();
        assertThat(s3).singleElement().satisfies(s -> {
            assertThat(actions(s)).containsExactlyInAnyOrder("s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload");
            assertThat(String.valueOf(s.get("Resource"))).endsWith("${AttachmentsBucket.Arn}/exports/*}");
        });
        assertThat(functions().stream().filter(f -> !f.equals("ExportCandidaciesFunction"))).allSatisfy(f ->
                assertThat(inlineStatements(f)).as(f)
                        .noneMatch(s -> String.valueOf(s.get("Resource")).contains("/exports/")));
    }

    /** Who deletes items, and in which partitions only. */
    static final Map<String, List<String>> DELETING = Map.of(
            "AssignJurorsFunction", List.of("CANDIDACY#*"), // a juror's assignment, in the dossier's partition
            "GenerateTimetableFunction", List.of("CANDIDACY#*"), // a dossier leaving a panel loses its jurors
            "MoveSlotFunction", List.of("CANDIDACY#*"),
            "SendJuryRemindersFunction", List.of("CAMPAIGN#*"), // a juror's reminder claim given up after a failure
            "RemindJurorsFunction", List.of("CAMPAIGN#*"),
            "ApplyRetentionFunction", List.of("JOB#*"));    // the retention job's checkpoint

    @Test
    void onlyTheRemovalOfJurorsAndTheRetentionCheckpointDeleteAndOnlyInTheirPartitions() {
        Set<String> deleting = new TreeSet<>();
        for (String function : functions()) {
            for (Map<String, Object> statement : inlineStatements(function)) {
                if (actions(statement).contains("dynamodb:DeleteItem")) {
                    deleting.add(function);
                    assertThat(leadingKeys(statement)).as(function).isEqualTo(DELETING.get(function));
                }
            }
            assertThat(uses(function, "DynamoDBCrudPolicy")).as(function + " (CRUD deletes)").isFalse();
        }
        assertThat(deleting).containsExactlyInAnyOrderElementsOf(DELETING.keySet());
    }

    @Test
    void theTokenSecretIsInParameterStoreReadOnlyByTheFunctionsThatDeriveTokens() {
        assertThat(template.functionEnvironment(functions().get(0))).as("Globals").doesNotContainKey("ACCESS_TOKEN_SECRET");
        assertThat(template.parameters()).doesNotContainKey("AccessTokenSecret").containsKey("AccessTokenSecretParameter");
        for (String function : functions()) {
            Map<String, Object> environment = template.functionEnvironment(function);
            assertThat(environment).as(function).doesNotContainKey("ACCESS_TOKEN_SECRET");
            boolean derives = TOKEN_DERIVING.contains(function);
            assertThat(environment.containsKey("ACCESS_TOKEN_SECRET_PARAMETER")).as(function).isEqualTo(derives);
            assertThat(uses(function, "AccessTokenSecretReadPolicy")).as(function).isEqualTo(derives);
            assertThat(inlineStatements(function)).as(function)
                    .allSatisfy(s -> assertThat(actions(s)).noneMatch(a -> a.startsWith("ssm:")));
        }
        assertThat(managedStatements("AccessTokenSecretReadPolicy")).singleElement().satisfies(s -> {
            assertThat(actions(s)).containsExactly("ssm:GetParameter");
            assertThat(String.valueOf(s.get("Resource"))).contains(":parameter${AccessTokenSecretParameter}");
        });
    }

    @Test
    void everyRouteIsThrottledAndThoseThatSendMailMoreTightly() {
        String api = template.resourcesOfType(TemplateChecker.HTTP_API).get(0);
        Map<String, Object> defaults = SamTemplate.cast(template.properties(api).get("DefaultRouteSettings"));
        int defaultRate = ((Number) defaults.get("ThrottlingRateLimit")).intValue();
        assertThat(defaults).containsKeys("ThrottlingRateLimit", "ThrottlingBurstLimit");

        List<String> mailingRoutes = new ArrayList<>();
        for (String function : functions()) {
            boolean causesMail = sendsMail(function) || RECORDING_FOR_THE_STREAM.contains(function);
            template.events(function).forEach((name, event) -> {
                if (causesMail && "HttpApi".equals(event.get("Type"))) {
                    Map<String, Object> properties = SamTemplate.cast(event.get("Properties"));
                    mailingRoutes.add(properties.get("Method") + " " + properties.get("Path"));
                    Map<String, Object> settings = SamTemplate.cast(properties.get("RouteSettings"));
                    assertThat(settings).as(name).isNotNull();
                    assertThat(((Number) settings.get("ThrottlingRateLimit")).intValue()).as(name).isLessThan(defaultRate);
                    assertThat(settings).as(name).containsKey("ThrottlingBurstLimit");
                }
            });
        }
        assertThat(mailingRoutes).contains("POST /campaigns/{campaignId}/access-links", "POST /candidacies/{candidacyId}/submit",
                "POST /candidacies/{candidacyId}/withdraw", "POST /admin/campaigns/{campaignId}/decisions/send");
    }

    @Test
    void theApplicantsRequestsCannotSendMailTheStreamFunctionAndTheRetryJobCan() {
        assertThat(RECORDING_FOR_THE_STREAM).allSatisfy(function -> assertThat(sendsMail(function)).as(function).isFalse());
        assertThat(sendsMail("DeliverRecordedMailsFunction")).isTrue();
        assertThat(sendsMail("DeliverPendingMailsFunction")).isTrue();
    }

    @Test
    void theStreamFunctionReadsTheTablesStreamOnlyAndHandsFailuresToTheJobFailuresQueueOnly() {
        List<Map<String, Object>> statements = inlineStatements("DeliverRecordedMailsFunction");
        assertThat(statements).filteredOn(s -> actions(s).stream().anyMatch(a -> a.startsWith("dynamodb:")))
                .singleElement().satisfies(s -> {
                    assertThat(actions(s)).containsExactlyInAnyOrder("dynamodb:DescribeStream", "dynamodb:GetRecords",
                            "dynamodb:GetShardIterator", "dynamodb:ListStreams");
                    assertThat(s.get("Resource")).isEqualTo(Map.of("Fn::Sub", "${CandidaturesTable.Arn}/stream/*"));
                });
        assertThat(statements).filteredOn(s -> actions(s).stream().anyMatch(a -> a.startsWith("sqs:")))
                .singleElement().satisfies(s -> {
                    assertThat(actions(s)).containsExactly("sqs:SendMessage");
                    assertThat(s.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("JobFailuresQueue", "Arn")));
                });
        // no SAM DynamoDB event, which would attach AWSLambdaDynamoDBExecutionRole: every stream of the account
        assertThat(functions()).allSatisfy(function -> assertThat(template.events(function).values())
                .noneMatch(event -> "DynamoDB".equals(event.get("Type"))));
        Map<String, Object> mapping = template.properties("OutboxWritesEventSource");
        assertThat(mapping.get("FunctionName")).isEqualTo(Map.of("Ref", "DeliverRecordedMailsFunction.Alias"));
        assertThat(mapping.get("EventSourceArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("CandidaturesTable", "StreamArn")));
        // only dossiers written with a mail due reach it (the sparse outbox index's key in the new image)
        assertThat(String.valueOf(mapping.get("FilterCriteria"))).contains("\"GSI3PK\": {\"S\": [\"OUTBOX\"]}");
    }

    @Test
    void theCountingFunctionWritesCounterShardsOnlySendsNoMailAndReadsTheStreamOfDossierItems() {
        String function = "CountWrittenDossiersFunction";
        assertThat(sendsMail(function)).isFalse();
        assertThat(uses(function, "DynamoDBWritePolicy")).isFalse();
        List<Map<String, Object>> statements = inlineStatements(function);
        assertThat(statements).filteredOn(s -> actions(s).contains("dynamodb:UpdateItem")).singleElement()
                .satisfies(s -> {
                    assertThat(actions(s)).containsExactlyInAnyOrder("dynamodb:PutItem", "dynamodb:UpdateItem");
                    assertThat(String.valueOf(s.get("Condition"))).contains("dynamodb:LeadingKeys").contains("TALLY#*");
                });
        assertThat(statements).filteredOn(s -> actions(s).contains("dynamodb:GetRecords")).singleElement()
                .satisfies(s -> assertThat(s.get("Resource"))
                        .isEqualTo(Map.of("Fn::Sub", "${CandidaturesTable.Arn}/stream/*")));
        Map<String, Object> mapping = template.properties("DossierWritesEventSource");
        assertThat(mapping.get("FunctionName")).isEqualTo(Map.of("Ref", "CountWrittenDossiersFunction.Alias"));
        // dossier items only: not the counter shards it writes itself, which would bring it back its own writes
        assertThat(String.valueOf(mapping.get("FilterCriteria"))).contains("\"SK\": {\"S\": [\"CANDIDACY\"]}");
    }
}
