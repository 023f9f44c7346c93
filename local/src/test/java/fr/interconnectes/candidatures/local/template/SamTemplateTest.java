package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** template.yaml read as data: short-form intrinsics as their long form, Globals, events, parameters. */
class SamTemplateTest {

    static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: dev
              Retention:
                Type: Number
                Default: 30
              Secret:
                Type: String
                NoEcho: true
            Globals:
              Function:
                Runtime: java17
                MemorySize: 512
                Timeout: 10
                Environment:
                  Variables:
                    TABLE_NAME: !Ref CandidaciesTable
                    LOG_LEVEL: INFO
                    STAGE: !Ref Stage
            Resources:
              CandidaciesTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub 'candidatures-${Stage}-candidacies'
              AuditTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
              AttachmentsBucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Join ['-', [candidatures, !Ref Stage, !Ref 'AWS::Region', attachments]]
              S3ArchiveBucket:
                Type: AWS::S3::Bucket
              HttpApi:
                Type: AWS::Serverless::HttpApi
              SubmitFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.example.Submit::handleRequest
                  MemorySize: 1024
                  Environment:
                    Variables:
                      LOG_LEVEL: DEBUG
                      BUCKET: !Ref AttachmentsBucket
                      TABLE_ARN: !GetAtt CandidaciesTable.Arn
                      GREETING: !Sub [ 'hello-${x}', { x: !Ref Stage } ]
                  Events:
                    Submit:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref HttpApi
                        Method: post
                        Path: /candidacies/{candidacyId}/submit
              CloseFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.example.Close::handleRequest
                  Events:
                    Every5:
                      Type: Schedule
                      Properties:
                        Schedule: rate(5 minutes)
            Outputs:
              Api:
                Value: !Sub 'https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}'
            """;

    static SamTemplate template() {
        return SamTemplate.parse(new StringReader(TEMPLATE));
    }

    @Test
    void shortFormIntrinsicsAreReadAsTheirLongForm() {
        SamTemplate template = template();
        Map<String, Object> variables = template.functionEnvironment("SubmitFunction");

        assertThat(variables.get("BUCKET")).isEqualTo(Map.of("Ref", "AttachmentsBucket"));
        assertThat(variables.get("TABLE_ARN")).isEqualTo(Map.of("Fn::GetAtt", List.of("CandidaciesTable", "Arn")));
        assertThat(variables.get("GREETING")).isEqualTo(Map.of("Fn::Sub", List.of("hello-${x}", Map.of("x", Map.of("Ref", "Stage")))));
        assertThat(template.properties("CandidaciesTable").get("TableName"))
                .isEqualTo(Map.of("Fn::Sub", "candidatures-${Stage}-candidacies"));
        assertThat(template.properties("AttachmentsBucket").get("BucketName")).isEqualTo(Map.of("Fn::Join",
                List.of("-", List.of("candidatures", Map.of("Ref", "Stage"), Map.of("Ref", "AWS::Region"), "attachments"))));
    }

    @Test
    void resourcesByTypeInTemplateOrder() {
        SamTemplate template = template();

        assertThat(template.resourcesOfType("AWS::Serverless::Function")).containsExactly("SubmitFunction", "CloseFunction");
        assertThat(template.resourcesOfType("AWS::DynamoDB::Table")).containsExactly("CandidaciesTable", "AuditTable");
        assertThat(template.resourcesOfType("AWS::SQS::Queue")).isEmpty();
        assertThat(template.resourceType("S3ArchiveBucket")).contains("AWS::S3::Bucket");
        assertThat(template.resourceType("Nothing")).isEmpty();
        assertThat(template.properties("S3ArchiveBucket")).isEmpty();
        assertThat(template.properties("Nothing")).isEmpty();
    }

    @Test
    void globalsAreMergedIntoTheFunctionEnvironmentTheFunctionWinning() {
        SamTemplate template = template();

        Map<String, Object> submit = template.functionEnvironment("SubmitFunction");
        Map<String, Object> close = template.functionEnvironment("CloseFunction");

        assertThat(submit).containsEntry("LOG_LEVEL", "DEBUG")
                .containsEntry("TABLE_NAME", Map.of("Ref", "CandidaciesTable"))
                .containsEntry("STAGE", Map.of("Ref", "Stage"))
                .containsKeys("BUCKET", "TABLE_ARN", "GREETING")
                .hasSize(6);
        assertThat(close).containsEntry("LOG_LEVEL", "INFO").hasSize(3);
        // the global variables are not changed by the merge
        assertThat(template.functionEnvironment("CloseFunction")).containsEntry("LOG_LEVEL", "INFO");
    }

    @Test
    void functionPropertiesFallBackOnGlobals() {
        SamTemplate template = template();

        assertThat(template.functionProperty("SubmitFunction", "MemorySize")).contains(1024);
        assertThat(template.functionProperty("CloseFunction", "MemorySize")).contains(512);
        assertThat(template.functionProperty("CloseFunction", "Timeout")).contains(10);
        assertThat(template.functionProperty("CloseFunction", "Layers")).isEmpty();
    }

    @Test
    void eventsByName() {
        SamTemplate template = template();

        assertThat(template.events("SubmitFunction")).containsOnlyKeys("Submit");
        assertThat(template.events("SubmitFunction").get("Submit")).containsEntry("Type", "HttpApi");
        assertThat(template.events("CloseFunction").get("Every5").get("Properties"))
                .isEqualTo(Map.of("Schedule", "rate(5 minutes)"));
        assertThat(template.events("CandidaciesTable")).isEmpty();
    }

    @Test
    void parametersAndSections() {
        SamTemplate template = template();

        assertThat(template.parameters()).containsOnlyKeys("Stage", "Retention", "Secret");
        assertThat(template.section("Outputs")).containsOnlyKeys("Api");
        assertThat(template.section("Conditions")).isEmpty();
        assertThat(template.root()).containsEntry("Transform", "AWS::Serverless-2016-10-31");
    }

    @Test
    void aTemplateWithoutGlobalsHasNoGlobalFunctionProperties() {
        SamTemplate template = SamTemplate.parse(new StringReader("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                """));

        assertThat(template.globalFunction()).isEmpty();
        assertThat(template.functionEnvironment("Fn")).isEmpty();
        assertThat(template.functionProperty("Fn", "Handler")).contains("a.B::handleRequest");
    }

    @Test
    void otherIntrinsicsAndTheSequenceFormOfGetAtt() {
        SamTemplate template = SamTemplate.parse(new StringReader("""
                Resources:
                  X:
                    Properties:
                      A: !GetAtt [Table, StreamArn]
                      B: !If [IsProd, yes, no]
                      C: !Select [0, !GetAZs '']
                      D: !Condition IsProd
                """));

        Map<String, Object> properties = template.properties("X");
        assertThat(properties.get("A")).isEqualTo(Map.of("Fn::GetAtt", List.of("Table", "StreamArn")));
        assertThat(properties.get("B")).isEqualTo(Map.of("Fn::If", List.of("IsProd", true, false)));
        assertThat(properties.get("C")).isEqualTo(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
        assertThat(properties.get("D")).isEqualTo(Map.of("Condition", "IsProd"));
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertThatThrownBy(() -> SamTemplate.parse(new StringReader("- a\n- b\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SamTemplate.parse(new StringReader("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownTagIsRefused() {
        assertThatThrownBy(() -> SamTemplate.parse(new StringReader("A: !Unknown x\n")))
                .isInstanceOf(RuntimeException.class);
    }
}
