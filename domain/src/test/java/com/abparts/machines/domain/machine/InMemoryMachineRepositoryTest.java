package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;

class InMemoryMachineRepositoryTest extends MachineRepositoryContract {

    @Override
    protected MachineRepository repository() {
        return new InMemoryMachineRepository();
    }

    @Override
    protected void givenOrganization(OrganizationId id) {
        // The in-memory repository does not check ownership.
    }
}
