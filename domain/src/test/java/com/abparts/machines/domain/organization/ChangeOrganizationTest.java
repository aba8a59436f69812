package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.domain.revision.VersionMismatchException;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeOrganizationTest {

    private static final Instant NOW = Instant.parse("2025-08-01T10:00:00Z");

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final ChangeOrganization changeOrganization = new ChangeOrganization(organizations, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Organization organization = anOrganization().named("Before").build();

    @BeforeEach
    void givenAnOrganization() {
        organizations.add(organization);
    }

    @Test
    void renamesItOneVersionLater() {
        Organization renamed = rename("After", ExpectedVersion.of(0));

        assertThat(renamed).isEqualTo(new Organization(organization.id(), new OrganizationDetails("After"), organization.createdAt(), NOW, 1));
        assertThat(organizations.findById(organization.id())).contains(renamed);
    }

    @Test
    void keepsWhatTheChangeKeeps() {
        Organization unchanged = changeOrganization.change(Callers.platformOperator(), new ChangeOrganization.Command(organization.id(),
                new OrganizationChange(FieldChange.keep()), ExpectedVersion.any()));

        assertThat(unchanged.details()).isEqualTo(organization.details());
    }

    @Test
    void refusesClearingTheName() {
        assertThatThrownBy(() -> changeOrganization.change(Callers.platformOperator(), new ChangeOrganization.Command(organization.id(),
                new OrganizationChange(FieldChange.clear()), ExpectedVersion.any())))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        error -> assertThat(error.violations()).containsExactly(new FieldViolation("name", "must not be blank")));
        assertThat(organizations.findById(organization.id())).contains(organization);
    }

    @Test
    void refusesAChangeOfAVersionThatIsNotCurrent() {
        assertThatThrownBy(() -> rename("After", ExpectedVersion.of(3))).isInstanceOf(VersionMismatchException.class);
        assertThat(organizations.findById(organization.id())).contains(organization);
    }

    @Test
    void refusesATakenName() {
        organizations.add(anOrganization().named("Taken").build());

        assertThatThrownBy(() -> rename("Taken", ExpectedVersion.any())).isInstanceOf(DuplicateOrganizationNameException.class);
    }

    @Test
    void appliesAChangeThatLostARaceAgainToTheNewerState() {
        organizations.beforeNextRevision(() -> organizations.update(organization.revise(new OrganizationDetails("Other writer"), NOW)));

        Organization renamed = rename("Mine", ExpectedVersion.any());

        assertThat(renamed.details().name()).isEqualTo("Mine");
        assertThat(renamed.version()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownOrganization() {
        assertThatThrownBy(() -> changeOrganization.change(Callers.platformOperator(), new ChangeOrganization.Command(OrganizationId.newId(),
                new OrganizationChange(FieldChange.set("Name")), ExpectedVersion.any())))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    private Organization rename(String name, ExpectedVersion expected) {
        return changeOrganization.change(Callers.platformOperator(), new ChangeOrganization.Command(organization.id(),
                new OrganizationChange(FieldChange.set(name)), expected));
    }
}
