package com.abparts.machines.architecture;

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

/**
 * The dependency rules of ARCHITECTURE.md, in the order of its picture: the domain in the middle,
 * adapters around it, every dependency pointing inward. Each rule has a planted violation in
 * {@link PlantedViolationsTest} that shows it can fail.
 */
final class ArchitectureRules {

    static final String DOMAIN = "com.abparts.machines.domain..";
    static final String PERSISTENCE = "com.abparts.machines.persistence..";
    static final String MIGRATIONS = "com.abparts.machines.migrations..";
    static final String API = "com.abparts.machines.api..";
    static final String WEB = "com.abparts.machines.api.web..";
    static final String COMPOSITION_ROOT = "com.abparts.machines.api.configuration..";

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
        static final ArchRule neverSeesTransferObjects = noClasses()
                .that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(API)
                .because("request and response DTOs belong to the REST adapter; the domain must not leak its shape to them");

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
        static final ArchRule leavesAdaptersToTheCompositionRoot = noClasses()
                .that().resideInAPackage(API)
                .and().resideOutsideOfPackage(COMPOSITION_ROOT)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MIGRATIONS)
                .because("only the composition root wires adapters to ports");

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
