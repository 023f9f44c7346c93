package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.local.LocalBackend;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local runner's page headers are the web distribution's (template.yaml's response headers policy), read from
 * the template: the same CSP text with the local origins in its variables, the same HSTS, nosniff, referrer and
 * framing headers. A CSP variable the local run gives no origin for, or a header it cannot write, stops it.
 */
class WebSecurityHeadersTest {

    private final SamTemplate template = SamTemplate.load(TemplateChecksTest.templatePath());
    private final LocalNames names = new LocalNames(template, "eu-west-3");

    @Test
    void theLocalPagesGetTheTemplatesHeadersWithTheLocalOriginsInTheCsp() {
        String policy = WebSecurityHeaders.policyOfTheDistribution(template).orElseThrow();
        Map<String, Object> csp = SamTemplate.cast(SamTemplate.<String, Object>cast(SamTemplate.<String, Object>cast(
                template.properties(policy).get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"))
                .get("ContentSecurityPolicy"));
        String written = TemplateChecker.cspText(csp.get("ContentSecurityPolicy"));
        Map<String, String> origins = LocalBackend.localCspOrigins(3000, "http://127.0.0.1:9000");

        Map<String, String> headers = WebSecurityHeaders.fromTemplate(template, names, origins);

        assertThat(headers).containsOnlyKeys("Content-Security-Policy", "Strict-Transport-Security",
                "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");
        assertThat(headers.get("Content-Security-Policy")).isEqualTo(written
                .replace("${ApiOrigin}", "http://localhost:3000")
                .replace("${UploadOrigin}", "http://127.0.0.1:9000")
                .replace("${SignInOrigin}", "http://localhost:3000"));
        assertThat(headers.get("Content-Security-Policy")).doesNotContain("${").contains(
                "connect-src 'self' http://localhost:3000 http://127.0.0.1:9000 http://localhost:3000;");
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void aCspVariableWithoutALocalOriginStopsTheLocalRun() {
        assertThatThrownBy(() -> WebSecurityHeaders.fromTemplate(template, names,
                Map.of("ApiOrigin", "http://localhost:3000", "UploadOrigin", "http://127.0.0.1:9000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SignInOrigin");
    }

    @Test
    void everyHeaderIsWrittenAsCloudFrontWritesIt() {
        SamTemplate small = SamTemplate.parse(new StringReader("""
                Resources:
                  Policy:
                    Type: AWS::CloudFront::ResponseHeadersPolicy
                    Properties:
                      ResponseHeadersPolicyConfig:
                        Name: p
                        SecurityHeadersConfig:
                          ContentSecurityPolicy: {Override: true, ContentSecurityPolicy: "default-src 'none'"}
                          StrictTransportSecurity: {Override: true, AccessControlMaxAgeSec: 31536000, Preload: true}
                          XSSProtection: {Override: true, Protection: true, ModeBlock: true}
                        CustomHeadersConfig:
                          Items:
                            - {Header: Permissions-Policy, Value: 'camera=()', Override: true}
                  Distribution:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior: {ResponseHeadersPolicyId: !Ref Policy}
                """));

        assertThat(WebSecurityHeaders.fromTemplate(small, new LocalNames(small, "eu-west-3"), Map.of()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Content-Security-Policy", "default-src 'none'",
                        "Strict-Transport-Security", "max-age=31536000; preload",
                        "X-XSS-Protection", "1; mode=block",
                        "Permissions-Policy", "camera=()"));
    }

    @Test
    void aTemplateHostingNoPagesGivesNoHeaders() {
        SamTemplate none = SamTemplate.parse(new StringReader("""
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                """));
        assertThat(WebSecurityHeaders.fromTemplate(none, new LocalNames(none, "eu-west-3"), Map.of())).isEmpty();
    }

    @Test
    void anOriginIsTheSchemeHostAndPort() {
        assertThat(WebSecurityHeaders.origin("http://127.0.0.1:9000/bucket/key?X-Amz-Signature=1")).isEqualTo("http://127.0.0.1:9000");
        assertThat(WebSecurityHeaders.origin("https://b.s3.eu-west-3.amazonaws.com/k")).isEqualTo("https://b.s3.eu-west-3.amazonaws.com");
    }
}
