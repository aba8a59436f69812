package com.abparts.machines.it.support;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import com.abparts.machines.testidentity.TestIdentity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on random ports (the API's and the management port), over a real PostgreSQL
 * chosen by the project's switch, trusting the tokens of {@link TestIdentity}, with a small
 * connection pool ({@link SmallPools}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(classes = MachinesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        SmallPools.MAXIMUM, SmallPools.MINIMUM_IDLE, SmallPools.IDLE_TIMEOUT})
@ContextConfiguration(initializers = TestIdentity.Initializer.class)
@Import(TestDatabaseConfiguration.class)
public @interface ApiIntegrationTest {
}
