package fr.interconnectes.candidatures.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering rules, as ArchUnit rules over a set of classes. {@link ArchitectureTest} applies them to the
 * compiled modules; {@code BrokenArchitectureTest} shows each one fails on classes that break it.
 */
final class ArchitectureRules {

    private static final String HTTP = "fr.interconnectes.candidatures.http..";
    private static final String ADAPTERS = "fr.interconnectes.candidatures.adapter..";
    private static final String CONFIG = "fr.interconnectes.candidatures.config..";
    private static final String HANDLERS = "fr.interconnectes.candidatures.functions..";
    private static final String LOCAL = "fr.interconnectes.candidatures.local..";
    private static final String PORTS = "fr.interconnectes.candidatures.port..";

    private ArchitectureRules() {
    }

    /** The core (domain, use cases, ports) sees the JDK and itself: no Jackson, no AWS, no Lambda, no HTTP. */
    static ArchRule coreDependsOnlyOnTheJdk() {
        return classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "fr.interconnectes.candidatures..")
                .andShould(notDependOnLayers(HTTP, ADAPTERS, CONFIG, HANDLERS, LOCAL))
                .as("core depends on nothing but the JDK and itself");
    }

    /** The http module maps requests and responses; it never reaches an AWS adapter. */
    static ArchRule httpDoesNotReachAdapters() {
        return noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..", ADAPTERS, CONFIG, HANDLERS)
                .as("the http module depends on no adapter, SDK or handler");
    }

    /** Adapters implement ports; request and response shapes are not theirs. */
    static ArchRule adaptersDoNotReachHttp() {
        return noClasses().should().dependOnClassesThat()
                .resideInAnyPackage(HTTP, "com.amazonaws.services.lambda..", HANDLERS)
                .as("the aws adapters depend on neither the http module nor the handlers");
    }

    /**
     * A handler parses (http), calls one use case and maps the result (http). It may hand the adapters it
     * builds to the use case, but it never calls a port, the SDK or Jackson itself.
     */
    static ArchRule handlersCallOnlyUseCasesAndHttp() {
        return noClasses().that().resideInAPackage("..functions..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(PORTS))))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "software.amazon..")
                .as("handlers call only use cases and the http module");
    }

    /** Each handler stands alone: shared behaviour lives in the base classes, the http module or a use case. */
    static ArchRule noHandlerCallsAnotherHandler() {
        return classes().that().resideInAPackage("..functions..")
                .should(new ArchCondition<JavaClass>("not depend on another handler") {
                    @Override
                    public void check(JavaClass handler, ConditionEvents events) {
                        for (Dependency dependency : handler.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (isConcreteHandler(target) && !sameTopLevel(handler, target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("no handler calls another handler");
    }

    private static boolean isConcreteHandler(JavaClass type) {
        return type.getPackageName().contains(".functions")
                && type.getSimpleName().endsWith("Handler")
                && !type.getModifiers().contains(JavaModifier.ABSTRACT);
    }

    private static boolean sameTopLevel(JavaClass a, JavaClass b) {
        return topLevel(a).equals(topLevel(b));
    }

    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int inner = name.indexOf('$');
        return inner < 0 ? name : name.substring(0, inner);
    }

    private static ArchCondition<JavaClass> notDependOnLayers(String... packages) {
        DescribedPredicate<JavaClass> outerLayer = JavaClass.Predicates.resideInAnyPackage(packages);
        return new ArchCondition<>("not depend on " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    if (outerLayer.test(dependency.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
