package com.abparts.machines.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.planted.ServiceBuildingItsOwnRepository;
import com.abparts.machines.api.web.planted.ControllerQueryingSql;
import com.abparts.machines.api.web.planted.ControllerReadingTheSecurityContext;
import com.abparts.machines.api.web.planted.ControllerUsingTheRepository;
import com.abparts.machines.api.web.planted.ControllerWithItsOwnConfiguration;
import com.abparts.machines.api.web.planted.PublicController;
import com.abparts.machines.domain.planted.ArchivedMachineRepository;
import com.abparts.machines.domain.planted.FrameworkManagedPolicy;
import com.abparts.machines.domain.planted.ValidatedMachineDraft;
import com.abparts.machines.migrations.planted.ChangeUsingTheDomain;
import com.abparts.machines.persistence.planted.RepositoryAnsweringHttp;
import com.abparts.machines.planted.cycle.first.First;
import com.abparts.machines.planted.cycle.second.Second;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a class planted to break it. The planted classes live in
 * these test sources only, and each test imports exactly the classes it names.
 */
class PlantedViolationsTest {

    @Test
    void catchesADomainTypeDependingOnSpring() {
        assertCaught(ArchitectureRules.Domain.dependsOnNothingButTheJdk, FrameworkManagedPolicy.class);
    }

    @Test
    void catchesAFrameworkAnnotationOnADomainType() {
        assertCaught(ArchitectureRules.Domain.carriesNoFrameworkAnnotations, FrameworkManagedPolicy.class);
    }

    @Test
    void catchesAFrameworkAnnotationOnADomainField() {
        assertCaught(ArchitectureRules.Domain.carriesNoFrameworkAnnotations, ValidatedMachineDraft.class);
    }

    @Test
    void catchesAPortThatIsNotAnInterface() {
        assertCaught(ArchitectureRules.Domain.definesPortsAsInterfaces, ArchivedMachineRepository.class);
    }

    @Test
    void catchesAControllerSkippingTheUseCases() {
        assertCaught(ArchitectureRules.Web.reachesTheDomainOnlyThroughUseCases, ControllerUsingTheRepository.class);
    }

    @Test
    void catchesAPublicController() {
        assertCaught(ArchitectureRules.Web.keepsItsSpringManagedClassesPackagePrivate, PublicController.class);
    }

    @Test
    void catchesBeansDefinedOutsideTheCompositionRoot() {
        assertCaught(ArchitectureRules.CompositionRoot.isWhereBeansAreDefined, ControllerWithItsOwnConfiguration.class);
    }

    @Test
    void catchesWebCodeRunningSql() {
        assertCaught(ArchitectureRules.Web.neverTouchesPersistenceOrSql, ControllerQueryingSql.class);
    }

    @Test
    void catchesAControllerReadingTheSecurityContext() {
        assertCaught(ArchitectureRules.Security.staysInTheSecurityAdapter, ControllerReadingTheSecurityContext.class);
    }

    @Test
    void catchesApiCodeOutsideTheCompositionRootChoosingAnAdapter() {
        assertCaught(ArchitectureRules.Web.leavesAdaptersToTheCompositionRoot, ServiceBuildingItsOwnRepository.class);
    }

    @Test
    void catchesPersistenceSpeakingHttp() {
        assertCaught(ArchitectureRules.Persistence.neverTouchesWeb, RepositoryAnsweringHttp.class);
    }

    @Test
    void catchesMigrationsDependingOnTheDomain() {
        assertCaught(ArchitectureRules.Migrations.standAlone, ChangeUsingTheDomain.class);
    }

    @Test
    void catchesAPackageCycle() {
        assertCaught(ArchitectureRules.Packages.haveNoCycles, First.class, Second.class);
    }

    private static void assertCaught(ArchRule rule, Class<?>... planted) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(planted));

        assertThat(result.hasViolation()).as("%s is violated by %s", rule.getDescription(), planted[0]).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(
                detail -> assertThat(detail).contains(planted[0].getSimpleName()));
    }
}
