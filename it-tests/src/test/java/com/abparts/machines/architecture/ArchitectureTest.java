package com.abparts.machines.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The architecture rules over the production classes of every module. */
@AnalyzeClasses(packages = "com.abparts.machines",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class,
                ArchitectureTest.DoNotIncludeAotGeneratedCode.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain = ArchTests.in(ArchitectureRules.Domain.class);

    @ArchTest
    static final ArchTests web = ArchTests.in(ArchitectureRules.Web.class);

    @ArchTest
    static final ArchTests persistence = ArchTests.in(ArchitectureRules.Persistence.class);

    @ArchTest
    static final ArchTests migrations = ArchTests.in(ArchitectureRules.Migrations.class);

    @ArchTest
    static final ArchTests security = ArchTests.in(ArchitectureRules.Security.class);

    @ArchTest
    static final ArchTests compositionRoot = ArchTests.in(ArchitectureRules.CompositionRoot.class);

    @ArchTest
    static final ArchTests packages = ArchTests.in(ArchitectureRules.Packages.class);

    /**
     * Leaves out the bean definitions that Spring AOT generates at build time ({@code X__BeanDefinitions}):
     * it puts them in the package of each bean's class, so that they can reach package-private
     * constructors, and those of the use cases therefore land in domain packages, inside the api
     * module's classes. The rules are about the code people write and the domain module's jar, which
     * has none of them.
     */
    static final class DoNotIncludeAotGeneratedCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }

    /** Leaves out the modules' test-jars (contract tests, the test database switch). */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
