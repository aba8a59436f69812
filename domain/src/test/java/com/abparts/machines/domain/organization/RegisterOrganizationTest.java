package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegisterOrganizationTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final RegisterOrganization registerOrganization = new RegisterOrganization(organizations, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void registersANewOrganizationAtVersionZero() {
        OrganizationDetails details = new OrganizationDetails("Oraseas EE");

        Organization registered = registerOrganization.register(Callers.platformOperator(), new RegisterOrganization.Command(details));

        assertThat(registered.details()).isEqualTo(details);
        assertThat(registered.version()).isZero();
        assertThat(registered.createdAt()).isEqualTo(NOW).isEqualTo(registered.updatedAt());
        assertThat(organizations.findById(registered.id())).contains(registered);
    }

    @Test
    void refusesATakenName() {
        organizations.add(anOrganization().named("Oraseas EE").build());

        assertThatThrownBy(() -> registerOrganization.register(Callers.platformOperator(), new RegisterOrganization.Command(new OrganizationDetails("Oraseas EE"))))
                .isInstanceOf(DuplicateOrganizationNameException.class)
                .hasMessage("an organization named 'Oraseas EE' exists already");
    }
}
