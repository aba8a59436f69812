package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.machine.InMemoryMachineRepository;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteOrganizationTest {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final DeleteOrganization deleteOrganization = new DeleteOrganization(organizations);
    private final Organization organization = anOrganization().build();

    @BeforeEach
    void givenAnOrganization() {
        organizations.add(organization);
    }

    @Test
    void deletesAnOrganizationThatOwnsNoMachines() {
        deleteOrganization.delete(Callers.platformOperator(), new DeleteOrganization.Command(organization.id(), ExpectedVersion.of(0)));

        assertThat(organizations.findById(organization.id())).isEmpty();
    }

    @Test
    void keepsAnOrganizationThatStillOwnsMachines() {
        machines.add(aMachine().ownedBy(organization.id()).build());

        assertThatThrownBy(() -> deleteOrganization.delete(Callers.platformOperator(), new DeleteOrganization.Command(organization.id(), ExpectedVersion.any())))
                .isInstanceOf(OrganizationOwnsMachinesException.class);
        assertThat(organizations.findById(organization.id())).contains(organization);
    }

    @Test
    void keepsAnOrganizationAtAnotherVersion() {
        assertThatThrownBy(() -> deleteOrganization.delete(Callers.platformOperator(), new DeleteOrganization.Command(organization.id(), ExpectedVersion.of(1))))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(organizations.findById(organization.id())).contains(organization);
    }
}
