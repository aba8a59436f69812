package com.abparts.machines.it.support;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts Keycloak in the background as soon as a run begins that holds a {@link KeycloakTest}: it
 * takes the better part of a minute, mostly on one core, and the tests before those that need it
 * mostly wait on one. Those tests run last (junit-platform.properties orders classes by
 * {@link org.junit.jupiter.api.Order}, and they carry {@link KeycloakTest#LAST}). Registered in
 * META-INF/services, for every JUnit run of this module; a run without such a test starts nothing.
 */
public final class KeycloakEarly implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean needed = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(KeycloakEarly::needsKeycloak);
        if (needed) {
            TestKeycloak.startInBackground();
        }
    }

    private static boolean needsKeycloak(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> {
                    try {
                        return KeycloakTest.class.isAssignableFrom(source.getJavaClass());
                    } catch (RuntimeException notLoadable) {
                        return false;
                    }
                })
                .orElse(false);
    }
}
