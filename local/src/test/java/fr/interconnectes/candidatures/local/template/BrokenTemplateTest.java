package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the checks can fail: copies of the real template.yaml, each broken on purpose, and for every defect a
 * problem that names the resource and the defect. The copies are the parsed template, edited in place; the real
 * file is never written.
 */
class BrokenTemplateTest {

    private SamTemplate broken;
    private String first;
    private String second;

    @BeforeEach
    void loadAFreshCopy() {
        broken = SamTemplate.load(TemplateChecksTest.templatePath());
        List<String> functions = broken.resourcesOfType(TemplateChecker.FUNCTION);
        assertThat(functions).as("the defects below need two functions to break").hasSizeGreaterThanOrEqualTo(2);
        first = functions.get(0);
        second = functions.get(1);
    }

    @Test
    void everyProjectRuleDefectIsCaught() {
        assertThat(new TemplateChecker(broken).projectProblems()).isEmpty();

        String table = broken.resourcesOfType("AWS::DynamoDB::Table").get(0);
        String firstEvent = broken.events(first).keySet().iterator().next();
        String secondEvent = broken.events(second).keySet().iterator().next();
        properties(broken.events(first).get(firstEvent)).put("ApiId", Map.of("Ref", table));
        properties(broken.events(second).get(secondEvent)).remove("ApiId");
        properties(second).put("Runtime", "java21");
        broken.globalFunction().put("Architectures", List.of("x86_64"));
        properties(first).remove("Policies");
        variables(properties(first)).putAll(Map.of("RETRIES", 3, "JOINED", Map.of("Fn::Join", List.of("", List.of("a")))));

        List<String> problems = new TemplateChecker(broken).projectProblems();

        assertCaught(problems, first + " event " + firstEvent, "ApiId refs " + table + ", which is a AWS::DynamoDB::Table");
        assertCaught(problems, second + " event " + secondEvent, "ApiId must be !Ref");
        assertCaught(problems, second, "Runtime must be " + TemplateChecker.COMPILED_RUNTIME + ", found java21");
        assertCaught(problems, "Globals.Function", "Architectures must be [arm64], found [x86_64]");
        assertCaught(problems, first, "Architectures must be [arm64], found [x86_64]");
        assertCaught(problems, first, "Policies is empty or missing");
        assertCaught(problems, first, "environment variable RETRIES");
        assertCaught(problems, first, "environment variable JOINED");
    }

    @Test
    void aWebBucketAnyoneCouldReadOrPagesWithoutTheirHeadersAreCaught() {
        assertThat(new TemplateChecker(broken).webHostingProblems()).isEmpty();
        String distribution = broken.resourcesOfType(TemplateChecker.DISTRIBUTION).get(0);
        Map<String, Object> config = SamTemplate.cast(properties(distribution).get("DistributionConfig"));
        Map<String, Object> behaviour = SamTemplate.cast(config.get("DefaultCacheBehavior"));
        Map<String, Object> origin = SamTemplate.cast(((List<?>) config.get("Origins")).get(0));
        String bucket = String.valueOf(((List<?>) SamTemplate.<String, Object>cast(origin.get("DomainName")).get("Fn::GetAtt")).get(0));
        String policy = String.valueOf(SamTemplate.<String, Object>cast(behaviour.get("ResponseHeadersPolicyId")).get("Ref"));
        Map<String, Object> headers = SamTemplate.cast(SamTemplate.<String, Object>cast(
                properties(policy).get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));

        behaviour.put("ViewerProtocolPolicy", "allow-all");
        config.remove("DefaultRootObject");
        origin.remove("OriginAccessControlId");
        SamTemplate.<String, Object>cast(origin.get("S3OriginConfig")).put("OriginAccessIdentity", "origin-access-identity/cloudfront/E1");
        SamTemplate.<String, Object>cast(properties(bucket).get("PublicAccessBlockConfiguration")).put("BlockPublicPolicy", false);
        properties(bucket).remove("BucketEncryption");
        for (String bucketPolicy : broken.resourcesOfType("AWS::S3::BucketPolicy")) {
            Map<String, Object> document = SamTemplate.cast(properties(bucketPolicy).get("PolicyDocument"));
            for (Object statement : (List<?>) document.get("Statement")) {
                Map<String, Object> allow = SamTemplate.cast(statement);
                if ("Allow".equals(allow.get("Effect"))) {
                    allow.put("Principal", "*");
                    allow.remove("Condition");
                }
            }
        }
        headers.remove("StrictTransportSecurity");
        SamTemplate.<String, Object>cast(headers.get("ContentTypeOptions")).put("Override", false);
        SamTemplate.<String, Object>cast(headers.get("FrameOptions")).put("FrameOption", "SAMEORIGIN");
        SamTemplate.<String, Object>cast(headers.get("ReferrerPolicy")).put("ReferrerPolicy", "origin");
        SamTemplate.<String, Object>cast(headers.get("ContentSecurityPolicy")).put("ContentSecurityPolicy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; connect-src *");

        List<String> problems = new TemplateChecker(broken).webHostingProblems();

        assertCaught(problems, distribution, "ViewerProtocolPolicy must be redirect-to-https, found allow-all");
        assertCaught(problems, distribution, "DefaultRootObject must be index.html");
        assertCaught(problems, distribution, "origin access identity (OAI)");
        assertCaught(problems, distribution, "OriginAccessControlId must !GetAtt");
        assertCaught(problems, bucket, "BlockPublicPolicy is false");
        assertCaught(problems, bucket, "no BucketEncryption");
        assertCaught(problems, bucket, "only the CloudFront service may read");
        assertCaught(problems, bucket, "AWS:SourceArn being the distribution " + distribution);
        assertCaught(problems, policy, "no StrictTransportSecurity");
        assertCaught(problems, policy, "ContentTypeOptions must override");
        assertCaught(problems, policy, "FrameOptions must be DENY");
        assertCaught(problems, policy, "ReferrerPolicy must be no-referrer");
        assertCaught(problems, policy, "the CSP lacks style-src 'self'");
        assertCaught(problems, policy, "the CSP lacks frame-ancestors 'none'");
        assertCaught(problems, policy, "the CSP lacks connect-src 'self'");
        assertCaught(problems, policy, "unsafe sources or any origin");

        behaviour.remove("ResponseHeadersPolicyId");
        assertCaught(new TemplateChecker(broken).webHostingProblems(), distribution, "ResponseHeadersPolicyId must !Ref");
        broken.resources().remove(distribution);
        assertCaught(new TemplateChecker(broken).webHostingProblems(), TemplateChecker.DISTRIBUTION, "not hosted");
    }

    @Test
    void aSendingDomainWithoutDkimMailFromOrItsRecordsIsCaught() {
        assertThat(new TemplateChecker(broken).mailIdentityProblems()).isEmpty();
        String identity = broken.resourcesOfType(TemplateChecker.EMAIL_IDENTITY).get(0);
        String mailer = broken.resourcesOfType(TemplateChecker.FUNCTION).stream()
                .filter(f -> String.valueOf(properties(f).get("Policies")).contains("ses:SendEmail")).findFirst().orElseThrow();
        SamTemplate.<String, Object>cast(properties(identity).get("DkimSigningAttributes")).put("NextSigningKeyLength", "RSA_1024_BIT");
        SamTemplate.<String, Object>cast(properties(identity).get("DkimAttributes")).put("SigningEnabled", false);
        properties(identity).remove("MailFromAttributes");
        properties(identity).remove("ConfigurationSetAttributes");
        broken.section("Outputs").keySet().removeIf(output -> output.startsWith("MailDkimRecord2"));
        for (Object policy : (List<?>) properties(mailer).get("Policies")) {
            if (policy instanceof Map<?, ?> map && map.get("Statement") instanceof List<?> statements) {
                for (Object statement : statements) {
                    Object resources = SamTemplate.<String, Object>cast(statement).get("Resource");
                    if (resources instanceof List<?> list) {
                        list.removeIf(resource -> String.valueOf(resource).contains("identity/${MailDomain}"));
                    }
                }
            }
        }

        List<String> problems = new TemplateChecker(broken).mailIdentityProblems();

        assertCaught(problems, identity, "RSA_2048_BIT");
        assertCaught(problems, identity, "DKIM signing is disabled");
        assertCaught(problems, identity, "no MailFromAttributes.MailFromDomain");
        assertCaught(problems, identity, "ConfigurationSetAttributes must !Ref");
        assertCaught(problems, "Outputs", identity + ".DkimDNSTokenName2");
        assertCaught(problems, "Outputs", identity + ".DkimDNSTokenValue2");
        assertCaught(problems, mailer, "does not name the domain identity");
        broken.resources().remove(identity);
        assertCaught(new TemplateChecker(broken).mailIdentityProblems(), TemplateChecker.EMAIL_IDENTITY, "no identity");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr.interconnectes.candidatures.functions.campaigns.NoSuchHandler::handleRequest | is not on the class path",
        "java.lang.String::handleRequest | does not implement com.amazonaws.services.lambda.runtime.RequestStreamHandler",
        "fr.interconnectes.candidatures.functions.HttpFunction::handleRequest | is abstract",
        "fr.interconnectes.candidatures.local.template.BrokenTemplateTest$NeedsArguments::handleRequest | has no public no-arg constructor",
        "fr.interconnectes.candidatures.local.template.BrokenTemplateTest$Hidden::handleRequest | is not public",
        "fr.interconnectes.candidatures.functions.campaigns.ListCampaignsHandler::handle | has no public method handle",
        "fr.interconnectes.candidatures.functions.campaigns.ListCampaignsHandler.handleRequest | is not of the form",
    })
    void aHandlerTheRuntimeCouldNotUseIsCaught(String handler, String defect) {
        assertThat(new TemplateChecker(broken).handlerProblems()).isEmpty();
        properties(first).put("Handler", handler);

        List<String> problems = new TemplateChecker(broken).handlerProblems();

        assertCaught(problems, first, defect);
        assertThat(problems).as("only the broken function is reported").allMatch(problem -> problem.startsWith(first + ":"));
    }

    @Test
    void aHandlerComesFromGlobalsWhenTheFunctionHasNone() {
        String handler = (String) properties(first).remove("Handler");
        broken.globalFunction().put("Handler", handler);
        assertThat(new TemplateChecker(broken).handlerProblems()).isEmpty();

        broken.globalFunction().put("Handler", "fr.interconnectes.candidatures.functions.NoSuchHandler::handleRequest");
        List<String> problems = new TemplateChecker(broken).handlerProblems();
        assertCaught(problems, first, "NoSuchHandler");
        assertThat(problems).as("a function's own Handler wins over Globals").noneMatch(problem -> problem.startsWith(second));
    }

    /** A RequestHandler the runtime cannot build: its only constructor takes an argument. */
    public static final class NeedsArguments implements RequestHandler<Map<String, Object>, String> {
        public NeedsArguments(String configuration) {
        }

        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            return "never called";
        }
    }

    /** A RequestHandler the runtime cannot reach: the class is private. */
    private static final class Hidden implements RequestHandler<Map<String, Object>, String> {
        public Hidden() {
        }

        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            return "never called";
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertCaught(List<String> problems, String resource, String defect) {
        assertThat(problems)
                .as("a problem naming %s and %s", resource, defect)
                .anySatisfy(problem -> assertThat(problem).contains(resource).contains(defect));
    }

    private Map<String, Object> properties(String id) {
        return broken.properties(id);
    }

    private static Map<String, Object> properties(Map<String, Object> event) {
        return SamTemplate.cast(event.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private List<Object> policies(String id) {
        return (List<Object>) properties(id).computeIfAbsent("Policies", key -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        Map<String, Object> environment = (Map<String, Object>) functionProperties
                .computeIfAbsent("Environment", key -> new LinkedHashMap<>());
        return (Map<String, Object>) environment.computeIfAbsent("Variables", key -> new LinkedHashMap<>());
    }

    /** Renames a key where it stands, keeping the value: how a typo looks in the file. */
    private static void rename(Map<String, Object> map, String from, String to) {
        assertThat(map).as("the template to break").containsKey(from);
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key.equals(from) ? to : key, value));
        map.clear();
        map.putAll(copy);
    }
}
