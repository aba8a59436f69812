package com.abparts.machines.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The service with the beans some tests add to it ({@link TestBeans}) and a cursor secret they know,
 * in one application context for all of them rather than one each (docs/testing.md, "How long it
 * takes"). None of the beans changes what another test sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TestBeans.class)
@TestPropertySource(properties = "abparts.api.cursor-secret=" + WithTestBeans.CURSOR_SECRET)
public @interface WithTestBeans {

    /** The secret the service signs cursors with, so that a test can forge one. */
    String CURSOR_SECRET = "hostile-input-test-secret-of-32-characters-or-more";
}
