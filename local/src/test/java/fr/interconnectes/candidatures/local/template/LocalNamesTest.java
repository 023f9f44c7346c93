package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What !Ref, !GetAtt, !Sub, !Join and !If resolve to in a local run, on the template of {@link SamTemplateTest}. */
class LocalNamesTest {

    private static final String REGION = "eu-west-3";

    private final SamTemplate template = SamTemplateTest.template();
    private final LocalNames names = new LocalNames(template, REGION);

    private String variable(String function, String name) {
        return names.resolve(template.functionEnvironment(function).get(name));
    }

    @Test
    void pseudoParameters() {
        assertThat(names.ref("AWS::Region")).isEqualTo(REGION);
        assertThat(names.ref("AWS::AccountId")).isEqualTo("000000000000");
        assertThat(names.ref("AWS::Partition")).isEqualTo("aws");
        assertThat(names.ref("AWS::URLSuffix")).isEqualTo("amazonaws.com");
        assertThat(names.ref("AWS::StackName")).isEqualTo("candidatures-local");
    }

    @Test
    void parametersGiveTheirDefaultUnlessOverridden() {
        LocalNames overridden = new LocalNames(template, REGION, Map.of("Stage", "demo", "Secret", "s3cr3t"));

        assertThat(names.ref("Stage")).isEqualTo("dev");
        assertThat(names.ref("Retention")).isEqualTo("30");
        assertThat(overridden.ref("Stage")).isEqualTo("demo");
        assertThat(overridden.ref("Secret")).isEqualTo("s3cr3t");
        assertThat(overridden.ref("Retention")).isEqualTo("30");
        // an override flows through everything that refers to the parameter
        assertThat(overridden.resolve(Map.of("Ref", "CandidaciesTable"))).isEqualTo("candidatures-demo-candidacies");
    }

    @Test
    void aParameterWithoutDefaultNeedsAnOverride() {
        assertThatThrownBy(() -> names.ref("Secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Secret");
    }

    @Test
    void anOverrideOfAnUndeclaredParameterIsNotAParameter() {
        LocalNames overridden = new LocalNames(template, REGION, Map.of("Undeclared", "x"));

        assertThatThrownBy(() -> overridden.ref("Undeclared")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void physicalNamesFromTheExplicitNamePropertyElseFromTheLogicalId() {
        assertThat(names.ref("CandidaciesTable")).isEqualTo("candidatures-dev-candidacies");
        assertThat(names.ref("AuditTable")).isEqualTo("candidatures-local-audit-table");
        assertThat(names.ref("AttachmentsBucket")).isEqualTo("candidatures-dev-eu-west-3-attachments");
        assertThat(names.ref("S3ArchiveBucket")).isEqualTo("candidatures-local-s3-archive-bucket");
        assertThat(names.physicalName("HttpApi", "AWS::Serverless::HttpApi")).isEqualTo("candidatures-local-http-api");
        assertThat(names.ref("SubmitFunction")).isEqualTo("candidatures-local-submit-function");
    }

    @Test
    void refAndGetAttInTheFunctionEnvironment() {
        assertThat(variable("SubmitFunction", "TABLE_NAME")).isEqualTo("candidatures-dev-candidacies");
        assertThat(variable("SubmitFunction", "BUCKET")).isEqualTo("candidatures-dev-eu-west-3-attachments");
        assertThat(variable("SubmitFunction", "TABLE_ARN"))
                .isEqualTo("arn:aws:dynamodb:eu-west-3:000000000000:table/candidatures-dev-candidacies");
        assertThat(variable("SubmitFunction", "STAGE")).isEqualTo("dev");
        assertThat(variable("SubmitFunction", "LOG_LEVEL")).isEqualTo("DEBUG");
    }

    @Test
    void getAttArnOfABucketAndOfOtherResources() {
        assertThat(names.resolve(Map.of("Fn::GetAtt", List.of("AttachmentsBucket", "Arn"))))
                .isEqualTo("arn:aws:s3:::candidatures-dev-eu-west-3-attachments");
        assertThat(names.resolve(Map.of("Fn::GetAtt", "AuditTable.Arn")))
                .isEqualTo("arn:aws:dynamodb:eu-west-3:000000000000:table/candidatures-local-audit-table");
    }

    @Test
    void subWithPseudoParametersParametersAndResources() {
        assertThat(names.resolve(Map.of("Fn::Sub", "a-${AWS::Region}-${Stage}"))).isEqualTo("a-eu-west-3-dev");
        assertThat(names.resolve(Map.of("Fn::Sub", "${AttachmentsBucket.Arn}/campaigns/*")))
                .isEqualTo("arn:aws:s3:::candidatures-dev-eu-west-3-attachments/campaigns/*");
        assertThat(names.resolve(template.section("Outputs").get("Api") instanceof Map<?, ?> api ? api.get("Value") : null))
                .isEqualTo("https://candidatures-local-http-api.execute-api.eu-west-3.amazonaws.com");
        assertThat(names.resolve(Map.of("Fn::Sub", "no variables"))).isEqualTo("no variables");
        // a replacement containing $ or \\ is inserted as is
        LocalNames dollars = new LocalNames(template, REGION, Map.of("Stage", "a$1\\b"));
        assertThat(dollars.resolve(Map.of("Fn::Sub", "x-${Stage}"))).isEqualTo("x-a$1\\b");
    }

    @Test
    void subWithItsOwnVariables() {
        assertThat(variable("SubmitFunction", "GREETING")).isEqualTo("hello-dev");
        assertThat(names.resolve(Map.of("Fn::Sub", List.of("${x}-${y}-${Stage}",
                Map.of("x", Map.of("Ref", "AWS::Region"), "y", "literal")))))
                .isEqualTo("eu-west-3-literal-dev");
    }

    /** CloudFormation writes ${!Literal} as ${Literal}: the escape for a dollar-brace that is not a variable. */
    @Test
    void subEscapedVariablesAreLiteral() {
        assertThat(names.resolve(Map.of("Fn::Sub", "${!Literal}-${Stage}"))).isEqualTo("${Literal}-dev");
        assertThat(names.resolve(Map.of("Fn::Sub", "arn:${!AWS::Region}"))).isEqualTo("arn:${AWS::Region}");
    }

    @Test
    void joinResolvesEachPart() {
        assertThat(names.resolve(Map.of("Fn::Join", List.of("/", List.of("a", Map.of("Ref", "Stage"), 3)))))
                .isEqualTo("a/dev/3");
        assertThat(names.resolve(Map.of("Fn::Join", List.of("", List.of())))).isEmpty();
    }

    @Test
    void scalarsResolveToTheirText() {
        assertThat(names.resolve("text")).isEqualTo("text");
        assertThat(names.resolve(42)).isEqualTo("42");
        assertThat(names.resolve(true)).isEqualTo("true");
        assertThat(names.resolve(null)).isNull();
    }

    @Test
    void anUnknownReferenceIsAnError() {
        assertThatThrownBy(() -> names.ref("NoSuchThing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchThing");
        assertThatThrownBy(() -> names.resolve(Map.of("Fn::Sub", "x-${NoSuchThing}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchThing");
        assertThatThrownBy(() -> names.resolve(Map.of("Fn::GetAtt", List.of("NoSuchThing", "Arn"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchThing");
    }

    @Test
    void ifChoosesByTheTemplatesConditionsWithThisRunsParameters() {
        SamTemplate parsed = SamTemplate.parse(new StringReader("""
                Parameters:
                  Domain:
                    Type: String
                    Default: ''
                  Certificate:
                    Type: String
                    Default: ''
                Conditions:
                  HasDomain: !Not [!Equals [!Ref Domain, '']]
                  HasBoth: !And [!Condition HasDomain, !Not [!Equals [!Ref Certificate, '']]]
                  HasEither: !Or [!Condition HasDomain, !Not [!Equals [!Ref Certificate, '']]]
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                Outputs:
                  Url:
                    Value: !If [HasBoth, !Sub 'https://${Domain}', !If [HasEither, partial, !Sub 'https://${Site.DomainName}']]
                """));
        Object url = SamTemplate.<String, Object>cast(parsed.section("Outputs").get("Url")).get("Value");

        assertThat(new LocalNames(parsed, REGION).resolve(url)).isEqualTo("https://candidatures-local-site.DomainName");
        assertThat(new LocalNames(parsed, REGION, Map.of("Domain", "a.fr")).resolve(url)).isEqualTo("partial");
        assertThat(new LocalNames(parsed, REGION, Map.of("Domain", "a.fr", "Certificate", "arn")).resolve(url))
                .isEqualTo("https://a.fr");
        assertThatThrownBy(() -> new LocalNames(parsed, REGION).resolve(Map.of("Fn::If", List.of("NoSuchCondition", "a", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchCondition");
    }

    @Test
    void intrinsicsTheLocalRunCannotResolveAreAnError() {
        assertThatThrownBy(() -> names.resolve(Map.of("Fn::Select", List.of(0, List.of("a", "b")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> names.resolve(List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> names.resolve(Map.of("Ref", "Stage", "Extra", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTemplateParsedFromTextResolvesLikeTheOneInMemory() {
        SamTemplate parsed = SamTemplate.parse(new StringReader("""
                Parameters:
                  P:
                    Type: String
                    Default: value
                Resources:
                  T:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: !Sub [ 'table-${x}', { x: !Ref P } ]
                """));

        assertThat(new LocalNames(parsed, REGION).ref("T")).isEqualTo("table-value");
        assertThat(new LocalNames(parsed, REGION, Map.of("P", "other")).ref("T")).isEqualTo("table-other");
    }
}
