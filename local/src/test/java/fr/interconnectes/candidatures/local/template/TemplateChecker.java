package fr.interconnectes.candidatures.local.template;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks template.yaml before any deployment does, for what cfn-lint (CfnLintTest) cannot see: what this project
 * relies on (Java handlers on the class path, the explicit HTTP API, the runtime the build targets on arm64...).
 * Every check returns human-readable problems, each naming the resource and the defect; empty means fine.
 */
final class TemplateChecker {

    static final String FUNCTION = "AWS::Serverless::Function";
    static final String HTTP_API = "AWS::Serverless::HttpApi";

    private static final Set<String> ENVIRONMENT_INTRINSICS = Set.of("Ref", "Fn::GetAtt", "Fn::Sub", "Fn::If");
    private static final Pattern HANDLER = Pattern.compile("([\\p{javaJavaIdentifierPart}.$]+)::(\\p{javaJavaIdentifierPart}+)");

    private final SamTemplate template;

    TemplateChecker(SamTemplate template) {
        this.template = Objects.requireNonNull(template);
    }

    /**
     * The checks cfn-lint does not do (it runs in CfnLintTest and checks SAM's schema, policy templates and
     * references): they need the class path or are this project's rules.
     */
    List<String> projectProblems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(handlerProblems());
        problems.addAll(httpApiProblems());
        problems.addAll(runtimeProblems());
        problems.addAll(policyPresenceProblems());
        problems.addAll(environmentProblems());
        problems.addAll(webHostingProblems());
        problems.addAll(mailIdentityProblems());
        return problems;
    }

    // ---------------------------------------------------------------- 3. handlers

    /**
     * Each function's Handler (own or from Globals.Function) names a concrete public class of the class path
     * that implements RequestStreamHandler (the function binds its own events, so the runtime's serializer never
     * loads), has a public no-arg constructor (the Lambda runtime's way of making it)
     * and a public method of the name after "::".
     */
    List<String> handlerProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            Object handler = template.functionProperty(id, "Handler").orElse(null);
            if (!(handler instanceof String text)) {
                problems.add(id + ": no Handler (neither its own nor in Globals.Function), found " + describe(handler));
                continue;
            }
            Matcher matcher = HANDLER.matcher(text);
            if (!matcher.matches()) {
                problems.add(id + ": Handler " + text + " is not of the form fully.qualified.Class::method");
                continue;
            }
            problems.addAll(handlerClassProblems(id, text, matcher.group(1), matcher.group(2)));
        }
        return problems;
    }

    private static List<String> handlerClassProblems(String id, String handler, String className, String method) {
        Class<?> type;
        try {
            // initialize=false: only the class's shape matters here; its static setup may expect Lambda's env.
            type = Class.forName(className, false, TemplateChecker.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of(id + ": Handler " + handler + " names class " + className
                    + " that is not on the class path (" + e + ")");
        }
        List<String> problems = new ArrayList<>();
        String prefix = id + ": Handler class " + className;
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
            problems.add(prefix + " does not implement " + RequestStreamHandler.class.getName());
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            problems.add(prefix + " is not public");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(prefix + " is abstract: the runtime cannot instantiate it");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(prefix + " has no public no-arg constructor");
        }
        boolean hasMethod = Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(method::equals);
        if (!hasMethod) {
            problems.add(prefix + " has no public method " + method);
        }
        return problems;
    }

    // ---------------------------------------------------------------- 4. project rules

    /**
     * Each HttpApi event names, through ApiId: !Ref, the template's own AWS::Serverless::HttpApi; without ApiId SAM
     * would attach the route to an implicit API that lacks our CORS configuration.
     */
    List<String> httpApiProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            events(id).forEach((name, raw) -> {
                if (!(raw instanceof Map<?, ?> event) || !"HttpApi".equals(event.get("Type"))) {
                    return; // not an HttpApi event; a malformed one is the schema check's business
                }
                String where = id + " event " + name;
                Object apiId = event.get("Properties") instanceof Map<?, ?> properties ? properties.get("ApiId") : null;
                if (!(apiId instanceof Map<?, ?> ref && ref.size() == 1 && ref.get("Ref") instanceof String target)) {
                    problems.add(where + ": ApiId must be !Ref to an " + HTTP_API + " of the template, found "
                            + describe(apiId));
                    return;
                }
                Optional<String> type = template.resourceType(target);
                if (!type.equals(Optional.of(HTTP_API))) {
                    problems.add(where + ": ApiId refs " + target + ", which is "
                            + type.map(t -> "a " + t).orElse("no resource of the template") + ", not an " + HTTP_API);
                }
            });
        }
        return problems;
    }

    /**
     * Globals.Function names the Lambda runtime of the Java release the build compiles to (read from a compiled
     * class, so the template cannot lag behind {@code maven.compiler.release}) on arm64, and no function says otherwise.
     */
    List<String> runtimeProblems() {
        return runtimeProblems(COMPILED_RUNTIME);
    }

    List<String> runtimeProblems(String expectedRuntime) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> globals = template.globalFunction();
        if (!expectedRuntime.equals(globals.get("Runtime"))) {
            problems.add("Globals.Function: Runtime must be " + expectedRuntime + ", found " + describe(globals.get("Runtime")));
        }
        if (!List.of("arm64").equals(globals.get("Architectures"))) {
            problems.add("Globals.Function: Architectures must be [arm64], found " + describe(globals.get("Architectures")));
        }
        for (String id : template.resourcesOfType(FUNCTION)) {
            Object runtime = template.functionProperty(id, "Runtime").orElse(null);
            if (!expectedRuntime.equals(runtime)) {
                problems.add(id + ": Runtime must be " + expectedRuntime + ", found " + describe(runtime));
            }
            Object architectures = template.functionProperty(id, "Architectures").orElse(null);
            if (!List.of("arm64").equals(architectures)) {
                problems.add(id + ": Architectures must be [arm64], found " + describe(architectures));
            }
        }
        return problems;
    }

    /** "java25" for classes of class-file major version 69: Lambda names its Java runtimes by feature release. */
    static String lambdaRuntimeOf(Class<?> compiled) {
        try (var in = new java.io.DataInputStream(Objects.requireNonNull(
                compiled.getResourceAsStream(compiled.getSimpleName() + ".class")))) {
            in.readInt();
            in.readUnsignedShort();
            return "java" + (in.readUnsignedShort() - 44);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String COMPILED_RUNTIME = lambdaRuntimeOf(TemplateChecker.class);

    /** Each function states its permissions: at least one entry in Policies (least privilege, written down). */
    List<String> policyPresenceProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            if (asList(template.properties(id).get("Policies")).isEmpty()) {
                problems.add(id + ": Policies is empty or missing; every function declares its permissions");
            }
        }
        return problems;
    }

    /** Each environment variable (Globals.Function's and each function's own) is a string or !Ref/!GetAtt/!Sub/!If. */
    List<String> environmentProblems() {
        List<String> problems = new ArrayList<>();
        environmentProblems("Globals.Function", template.globalFunction(), problems);
        for (String id : template.resourcesOfType(FUNCTION)) {
            environmentProblems(id, template.properties(id), problems);
        }
        return problems;
    }

    private static void environmentProblems(String owner, Map<String, Object> properties, List<String> problems) {
        if (!(properties.get("Environment") instanceof Map<?, ?> environment)
                || !(environment.get("Variables") instanceof Map<?, ?> variables)) {
            return;
        }
        variables.forEach((name, value) -> {
            boolean fine = value instanceof String
                    || value instanceof Map<?, ?> map && map.size() == 1
                    && ENVIRONMENT_INTRINSICS.contains(String.valueOf(map.keySet().iterator().next()));
            if (!fine) {
                problems.add(owner + ": environment variable " + name + " must be a string or !Ref/!GetAtt/!Sub/!If, found "
                        + describe(value));
            }
        });
    }

    // ---------------------------------------------------------------- 5. web hosting and mail identity

    static final String DISTRIBUTION = "AWS::CloudFront::Distribution";
    static final String EMAIL_IDENTITY = "AWS::SES::EmailIdentity";
    /** Every directive the pages' CSP must hold as written (connect-src: at least 'self'). */
    static final List<String> CSP_DIRECTIVES = List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
            "img-src 'self' data:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
    static final long TWO_YEARS_SECONDS = 63_072_000L;

    /**
     * The web pages: a distribution whose default behaviour redirects to HTTPS, serves index.html at the root and adds
     * the security headers (CSP, HSTS of two years with subdomains, nosniff, no referrer, DENY framing, each
     * overriding the origin's); its S3 origins read through origin access control (no OAI) a private, encrypted bucket
     * whose policy lets only this distribution read.
     */
    List<String> webHostingProblems() {
        List<String> problems = new ArrayList<>();
        List<String> distributions = template.resourcesOfType(DISTRIBUTION);
        if (distributions.isEmpty()) {
            return List.of("no " + DISTRIBUTION + ": the web pages are not hosted by the template");
        }
        for (String id : distributions) {
            Map<String, Object> config = map(template.properties(id).get("DistributionConfig"));
            Map<String, Object> behaviour = map(config.get("DefaultCacheBehavior"));
            if (!"redirect-to-https".equals(behaviour.get("ViewerProtocolPolicy"))
                    && !"https-only".equals(behaviour.get("ViewerProtocolPolicy"))) {
                problems.add(id + ": DefaultCacheBehavior.ViewerProtocolPolicy must be redirect-to-https, found "
                        + describe(behaviour.get("ViewerProtocolPolicy")));
            }
            if (!"index.html".equals(config.get("DefaultRootObject"))) {
                problems.add(id + ": DefaultRootObject must be index.html, found " + describe(config.get("DefaultRootObject")));
            }
            for (Object origin : asList(config.get("Origins"))) {
                problems.addAll(webOriginProblems(id, map(origin)));
            }
            Object policy = map(behaviour.get("ResponseHeadersPolicyId")).get("Ref");
            if (policy == null || !template.resourceType(String.valueOf(policy))
                    .equals(Optional.of("AWS::CloudFront::ResponseHeadersPolicy"))) {
                problems.add(id + ": DefaultCacheBehavior.ResponseHeadersPolicyId must !Ref the template's "
                        + "AWS::CloudFront::ResponseHeadersPolicy, found " + describe(behaviour.get("ResponseHeadersPolicyId")));
            } else {
                problems.addAll(securityHeaderProblems(String.valueOf(policy)));
            }
        }
        return problems;
    }

    private List<String> webOriginProblems(String distribution, Map<String, Object> origin) {
        if (!origin.containsKey("S3OriginConfig")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String where = distribution + " origin " + origin.get("Id");
        Object oai = map(origin.get("S3OriginConfig")).get("OriginAccessIdentity");
        if (oai != null && !"".equals(oai)) {
            problems.add(where + ": reads the bucket through an origin access identity (OAI); use origin access control");
        }
        Object oac = origin.get("OriginAccessControlId");
        if (!(oac instanceof Map<?, ?> getAtt && getAtt.get("Fn::GetAtt") instanceof List<?> parts
                && template.resourceType(String.valueOf(parts.get(0))).equals(Optional.of("AWS::CloudFront::OriginAccessControl")))) {
            problems.add(where + ": OriginAccessControlId must !GetAtt an AWS::CloudFront::OriginAccessControl of the "
                    + "template, found " + describe(oac));
        }
        Object domain = origin.get("DomainName");
        if (!(domain instanceof Map<?, ?> getAtt && getAtt.get("Fn::GetAtt") instanceof List<?> parts
                && template.resourceType(String.valueOf(parts.get(0))).equals(Optional.of("AWS::S3::Bucket")))) {
            problems.add(where + ": DomainName must !GetAtt a bucket of the template, found " + describe(domain));
            return problems;
        }
        String bucket = String.valueOf(((List<?>) map(domain).get("Fn::GetAtt")).get(0));
        Map<String, Object> properties = template.properties(bucket);
        Map<String, Object> block = map(properties.get("PublicAccessBlockConfiguration"));
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            if (!Boolean.TRUE.equals(block.get(setting))) {
                problems.add(bucket + ": the web bucket must block public access, " + setting + " is " + describe(block.get(setting)));
            }
        }
        if (!properties.containsKey("BucketEncryption")) {
            problems.add(bucket + ": the web bucket has no BucketEncryption");
        }
        problems.addAll(webBucketPolicyProblems(bucket, distribution));
        return problems;
    }

    /** Allowed readers: only the CloudFront service, conditioned on this distribution's ARN. */
    private List<String> webBucketPolicyProblems(String bucket, String distribution) {
        List<Map<String, Object>> allows = new ArrayList<>();
        for (String policy : template.resourcesOfType("AWS::S3::BucketPolicy")) {
            if (!Map.of("Ref", bucket).equals(template.properties(policy).get("Bucket"))) {
                continue;
            }
            for (Object statement : asList(map(template.properties(policy).get("PolicyDocument")).get("Statement"))) {
                if ("Allow".equals(map(statement).get("Effect"))) {
                    allows.add(map(statement));
                }
            }
        }
        if (allows.isEmpty()) {
            return List.of(bucket + ": no bucket policy lets the distribution " + distribution + " read the web bucket");
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> allow : allows) {
            if (!Map.of("Service", "cloudfront.amazonaws.com").equals(allow.get("Principal"))) {
                problems.add(bucket + ": its policy allows " + describe(allow.get("Principal"))
                        + "; only the CloudFront service may read the web bucket");
            }
            Object sourceArn = map(map(allow.get("Condition")).get("StringEquals")).get("AWS:SourceArn");
            if (!String.valueOf(sourceArn).contains(":distribution/${" + distribution + "}")) {
                problems.add(bucket + ": its policy must condition the read on AWS:SourceArn being the distribution "
                        + distribution + ", found " + describe(sourceArn));
            }
        }
        return problems;
    }

    private List<String> securityHeaderProblems(String policy) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> headers = map(map(template.properties(policy).get("ResponseHeadersPolicyConfig"))
                .get("SecurityHeadersConfig"));
        for (String header : List.of("ContentSecurityPolicy", "StrictTransportSecurity", "ContentTypeOptions",
                "ReferrerPolicy", "FrameOptions")) {
            if (!headers.containsKey(header)) {
                problems.add(policy + ": no " + header + " in SecurityHeadersConfig");
            } else if (!Boolean.TRUE.equals(map(headers.get(header)).get("Override"))) {
                problems.add(policy + ": " + header + " must override what the origin sends (Override: true)");
            }
        }
        String csp = cspText(map(headers.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"));
        List<String> directives = Arrays.stream(csp.split(";")).map(d -> d.strip().replaceAll("\\s+", " ")).toList();
        for (String directive : CSP_DIRECTIVES) {
            if (!directives.contains(directive)) {
                problems.add(policy + ": the CSP lacks " + directive + " (found " + csp + ")");
            }
        }
        if (directives.stream().noneMatch(d -> d.startsWith("connect-src 'self'"))) {
            problems.add(policy + ": the CSP lacks connect-src 'self' (found " + csp + ")");
        }
        if (csp.contains("'unsafe-") || csp.contains(" * ") || csp.matches(".*\\s\\*(;|$).*")) {
            problems.add(policy + ": the CSP allows unsafe sources or any origin: " + csp);
        }
        Map<String, Object> hsts = map(headers.get("StrictTransportSecurity"));
        Object maxAge = hsts.get("AccessControlMaxAgeSec");
        if (!(maxAge instanceof Number seconds && seconds.longValue() >= TWO_YEARS_SECONDS)
                || !Boolean.TRUE.equals(hsts.get("IncludeSubdomains"))) {
            problems.add(policy + ": StrictTransportSecurity must last two years (" + TWO_YEARS_SECONDS
                    + " s) and include subdomains, found " + describe(hsts));
        }
        if (!"no-referrer".equals(map(headers.get("ReferrerPolicy")).get("ReferrerPolicy"))) {
            problems.add(policy + ": ReferrerPolicy must be no-referrer, found " + describe(headers.get("ReferrerPolicy")));
        }
        if (!"DENY".equals(map(headers.get("FrameOptions")).get("FrameOption"))) {
            problems.add(policy + ": FrameOptions must be DENY, found " + describe(headers.get("FrameOptions")));
        }
        return problems;
    }

    /** The CSP as written: a string, or the text of a !Sub (its variables being origins). */
    static String cspText(Object csp) {
        if (csp instanceof Map<?, ?> sub && sub.get("Fn::Sub") instanceof List<?> parts) {
            return String.valueOf(parts.get(0));
        }
        if (csp instanceof Map<?, ?> sub && sub.get("Fn::Sub") != null) {
            return String.valueOf(sub.get("Fn::Sub"));
        }
        return String.valueOf(csp);
    }

    /**
     * The sending domain: an SES identity with Easy DKIM of 2048-bit keys, a MAIL FROM domain, the template's
     * configuration set as its default, its DKIM records among the outputs, and every function that sends mail
     * allowed to send from it.
     */
    List<String> mailIdentityProblems() {
        List<String> identities = template.resourcesOfType(EMAIL_IDENTITY);
        if (identities.isEmpty()) {
            return List.of("no " + EMAIL_IDENTITY + ": the sending domain has no identity, DKIM or MAIL FROM in the stack");
        }
        List<String> problems = new ArrayList<>();
        String id = identities.get(0);
        Map<String, Object> properties = template.properties(id);
        if (!"RSA_2048_BIT".equals(map(properties.get("DkimSigningAttributes")).get("NextSigningKeyLength"))) {
            problems.add(id + ": Easy DKIM must sign with RSA_2048_BIT keys, found " + describe(properties.get("DkimSigningAttributes")));
        }
        if (Boolean.FALSE.equals(map(properties.get("DkimAttributes")).get("SigningEnabled"))) {
            problems.add(id + ": DKIM signing is disabled");
        }
        if (map(properties.get("MailFromAttributes")).get("MailFromDomain") == null) {
            problems.add(id + ": no MailFromAttributes.MailFromDomain (mails would not pass SPF aligned with the From)");
        }
        Object configurationSet = map(map(properties.get("ConfigurationSetAttributes")).get("ConfigurationSetName")).get("Ref");
        if (configurationSet == null || !template.resourceType(String.valueOf(configurationSet))
                .equals(Optional.of("AWS::SES::ConfigurationSet"))) {
            problems.add(id + ": ConfigurationSetAttributes must !Ref the template's configuration set, found "
                    + describe(properties.get("ConfigurationSetAttributes")));
        }
        String outputs = String.valueOf(template.section("Outputs"));
        for (int i = 1; i <= 3; i++) {
            for (String attribute : List.of("DkimDNSTokenName" + i, "DkimDNSTokenValue" + i)) {
                if (!outputs.contains(id + "." + attribute)) {
                    problems.add("Outputs: no output gives " + id + "." + attribute + " (a DKIM record to publish)");
                }
            }
        }
        Object domain = properties.get("EmailIdentity");
        String identityArn = domain instanceof Map<?, ?> ref && ref.get("Ref") != null
                ? "identity/${" + ref.get("Ref") + "}" : "identity/" + domain;
        for (String function : template.resourcesOfType(FUNCTION)) {
            for (Object policy : asList(template.properties(function).get("Policies"))) {
                for (Object statement : asList(map(policy).get("Statement"))) {
                    if (String.valueOf(map(statement).get("Action")).contains("ses:SendEmail")
                            && !String.valueOf(map(statement).get("Resource")).contains(identityArn)) {
                        problems.add(function + ": its ses:SendEmail statement does not name the domain identity ("
                                + identityArn + "), which authorises mails from the domain's addresses");
                    }
                }
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? SamTemplate.cast(map) : Map.of();
    }

    /**
     * The resource's events as written: unlike {@link SamTemplate#events(String)}, a malformed event (not a
     * mapping) stays visible as such instead of failing with a ClassCastException.
     */
    private Map<String, Object> events(String id) {
        Object events = template.properties(id).get("Events");
        return events instanceof Map<?, ?> map ? SamTemplate.cast(map) : Map.of();
    }

    private static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /** SAM accepts a single value wherever it accepts a list (Policies: - X or Policies: X). */
    private static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return List.of();
        }
        return List.of(value);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        return value + " (" + value.getClass().getSimpleName() + ")";
    }
}
