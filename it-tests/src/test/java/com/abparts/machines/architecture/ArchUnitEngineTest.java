package com.abparts.machines.architecture;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.tngtech.archunit.junit.ArchTest;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * ArchUnit's JUnit 5 engine is older than the JUnit 6 platform this build runs on. Should a
 * platform upgrade stop it from running, the rules would vanish from the report without failing
 * anything; this test fails instead.
 */
class ArchUnitEngineTest {

    @Test
    void runsEveryArchitectureRuleOnThisPlatform() {
        long rules = Arrays.stream(ArchitectureRules.class.getDeclaredClasses())
                .flatMap(group -> Arrays.stream(group.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(ArchTest.class))
                .map(Field::getName)
                .count();

        EngineTestKit.engine("archunit")
                .selectors(selectClass(ArchitectureTest.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(rules).succeeded(rules));
    }
}
