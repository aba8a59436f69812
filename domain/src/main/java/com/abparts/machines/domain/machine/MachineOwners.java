package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the organizations that own machines, for the machine use cases. */
final class MachineOwners {

    private final OrganizationRepository organizations;

    MachineOwners(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The owner these details name; a client naming an unknown one gets a field error. */
    Organization named(MachineDetails details) {
        OrganizationId id = details.customerOrganizationId();
        return organizations.findById(id).orElseThrow(() -> MachineDetails.unknownOwner(id));
    }

    OwnedMachine of(Machine machine) {
        return of(List.of(machine)).getFirst();
    }

    /** The machines with their owners, fetched together. */
    List<OwnedMachine> of(List<Machine> machines) {
        Set<OrganizationId> ids = machines.stream().map(machine -> machine.details().customerOrganizationId())
                .collect(Collectors.toSet());
        Map<OrganizationId, Organization> owners = organizations.findAllById(ids);
        return machines.stream().map(machine -> new OwnedMachine(machine, ownerOf(machine, owners))).toList();
    }

    private static Organization ownerOf(Machine machine, Map<OrganizationId, Organization> owners) {
        Organization owner = owners.get(machine.details().customerOrganizationId());
        if (owner == null) {
            // The foreign key makes this impossible; a repository that allows it is broken.
            throw new IllegalStateException("machine " + machine.id() + " has no owner");
        }
        return owner;
    }
}
