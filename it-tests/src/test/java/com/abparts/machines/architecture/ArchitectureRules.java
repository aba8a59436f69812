package com.abparts.machines.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The rules of docs/architecture.md, in the order of its picture: the domain in the middle,
 * adapters around it, every dependency pointing inward; then the roles inside each module. Each
 * rule has a planted violation in {@link PlantedViolationsTest} that shows it can fail.
 */
final class ArchitectureRules {

    static final String DOMAIN = "com.abparts.machines.domain..";
    static final String PERSISTENCE = "com.abparts.machines.persistence..";
    static final String MIGRATIONS = "com.abparts.machines.migrations..";
    static final String API = "com.abparts.machines.api..";
    static final String WEB = "com.abparts.machines.api.web..";
    static final String COMPOSITION_ROOT = "com.abparts.machines.api.configuration..";
    static final String SECURITY_ADAPTER = "com.abparts.machines.api.security..";
    static final String READINESS = "com.abparts.machines.api.readiness..";
    /** The api module's rooms, one per concern; each holds the configuration of its concern, in its top package. */
    static final String[] CONCERNS = {"com.abparts.machines.api.configuration", "com.abparts.machines.api.security",
            "com.abparts.machines.api.observability", "com.abparts.machines.api.readiness", "com.abparts.machines.api.web"};

    /** How ports are named: {@code MachineRepository}, {@code OrganizationRepository}. */
    static final String PORT_SUFFIX = "Repository";

    private ArchitectureRules() {}

    static final class Domain {

        @ArchTest
        static final ArchRule dependsOnNothingButTheJdk = classes()
                .that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .because("the domain is the business in plain Java: no framework, library or adapter may shape it");

        @ArchTest
        static final ArchRule carriesNoFrameworkAnnotations = classes()
                .that().resideInAPackage(DOMAIN)
                .should(carryOnlyJdkAnnotations())
                .because("domain types are built by the composition root, not discovered or configured by a framework");

        @ArchTest
        static final ArchRule definesPortsAsInterfaces = classes()
                .that().resideInAPackage(DOMAIN).and().haveSimpleNameEndingWith(PORT_SUFFIX)
                .should().beInterfaces()
                .because("a port says what the domain needs; the adapters outside decide how it is done");

        private Domain() {}
    }

    static final class Web {

        @ArchTest
        static final ArchRule neverTouchesPersistenceOrSql = noClasses()
                .that().resideInAPackage(WEB)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MIGRATIONS,
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.postgresql..", "liquibase..")
                .because("controllers speak to use cases; only persistence adapters know there is a database");

        @ArchTest
        static final ArchRule reachesTheDomainOnlyThroughUseCases = noClasses()
                .that().resideInAPackage(WEB)
                .should().dependOnClassesThat(resideInAPackage(DOMAIN).and(simpleNameEndingWith(PORT_SUFFIX)))
                .because("the use cases decide what a request may do; a controller that used a port would skip them");

        @ArchTest
        static final ArchRule keepsItsSpringManagedClassesPackagePrivate = classes()
                .that().resideInAPackage(WEB)
                .and().areMetaAnnotatedWith(Component.class)
                .should().notBePublic()
                .because("controllers, filters and handlers are found by Spring; nothing else should call them, so nothing else can");

        @ArchTest
        static final ArchRule leavesAdaptersToTheCompositionRoot = noClasses()
                .that().resideInAPackage(API)
                .and().resideOutsideOfPackages(COMPOSITION_ROOT, READINESS)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MIGRATIONS)
                .because("only the composition root wires adapters to ports (readiness checks the schema the persistence adapter expects)");

        private Web() {}
    }

    static final class Persistence {

        @ArchTest
        static final ArchRule neverTouchesWeb = noClasses()
                .that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(API,
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .because("a persistence adapter serves the domain's ports, whatever protocol calls them");

        private Persistence() {}
    }

    static final class Migrations {

        @ArchTest
        static final ArchRule standAlone = noClasses()
                .that().resideInAPackage(MIGRATIONS)
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, PERSISTENCE, API)
                .because("the schema is versioned on its own and applied by Liquibase alone");

        private Migrations() {}
    }

    static final class Security {

        @ArchTest
        static final ArchRule staysInTheSecurityAdapter = noClasses()
                .that().resideOutsideOfPackages(SECURITY_ADAPTER, COMPOSITION_ROOT)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.security..")
                .because("the security adapter turns a verified token into the domain's Caller; everything else sees only the Caller");

        private Security() {}
    }

    static final class CompositionRoot {

        @ArchTest
        static final ArchRule isWhereBeansAreDefined = classes()
                .that().areAnnotatedWith(Configuration.class)
                .should().resideInAnyPackage(CONCERNS)
                .because("the composition root puts the application together and each concern configures itself in its own top "
                        + "package; configuration anywhere else is wiring nobody looks for");

        private CompositionRoot() {}
    }

    static final class Packages {

        @ArchTest
        static final ArchRule haveNoCycles = slices()
                .matching("com.abparts.machines.(**)")
                .should().beFreeOfCycles()
                .because("a cycle makes two packages one, whatever their names say");

        private Packages() {}
    }

    private static ArchCondition<JavaClass> carryOnlyJdkAnnotations() {
        return new ArchCondition<>("carry only JDK annotations on the type and its members") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(type.getAnnotations().stream(),
                                type.getMembers().stream().flatMap(ArchitectureRules::annotationsOf))
                        .filter(annotation -> !annotation.getRawType().getPackageName().startsWith("java."))
                        .forEach(annotation -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " carries @" + annotation.getRawType().getName()
                                        + " on " + annotation.getAnnotatedElement())));
            }
        };
    }

    private static Stream<? extends JavaAnnotation<?>> annotationsOf(JavaMember member) {
        return member.getAnnotations().stream();
    }
}
