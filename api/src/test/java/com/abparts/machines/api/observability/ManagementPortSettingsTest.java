package com.abparts.machines.api.observability;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ManagementPortSettingsTest {

    private final ManagementPortSettings settings = new ManagementPortSettings();

    @Test
    void refusesTheApisOwnPortNamingBothSettings() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9090").withProperty("management.server.port", "9090");

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, null))
                .hasMessageContaining("management.server.port (9090) must differ from server.port (9090)");
    }

    @Test
    void refusesAnUnsetManagementPortWhichWouldBeTheApisOwn() {
        assertThatThrownBy(() -> settings.postProcessEnvironment(new MockEnvironment(), null))
                .hasMessageContaining("management.server.port (unset)");
    }

    @Test
    void acceptsAPortOfItsOwnRandomPortsAndNoManagementPortAtAll() {
        for (String[] ports : new String[][] {{"8080", "8081"}, {"0", "0"}, {"8080", "-1"}}) {
            MockEnvironment environment = new MockEnvironment().withProperty("server.port", ports[0]).withProperty("management.server.port", ports[1]);

            assertThatCode(() -> settings.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
        }
    }
}
