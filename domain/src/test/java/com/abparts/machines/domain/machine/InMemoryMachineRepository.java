package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.inmemory.InMemoryKeyset;
import com.abparts.machines.domain.inmemory.InMemoryTable;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A {@link MachineRepository} in memory, for use-case tests; kept honest by its contract test. */
public final class InMemoryMachineRepository implements MachineRepository {

    private final InMemoryTable<MachineId, Machine> machines = new InMemoryTable<>("machine", Machine::version, MachineNotFoundException::new);
    private final InMemoryOrganizationRepository organizations;

    public InMemoryMachineRepository(InMemoryOrganizationRepository organizations) {
        this.organizations = organizations;
        organizations.ownershipCheckedBy(this::ownsAny);
    }

    @Override
    public synchronized OwnedMachine add(Machine machine) {
        Organization owner = requireValidReferences(machine);
        machines.put(machine.id(), machine);
        return new OwnedMachine(machine, owner);
    }

    @Override
    public synchronized Optional<OwnedMachine> findById(MachineId id) {
        return machines.find(id).map(this::withOwner);
    }

    @Override
    public synchronized List<OwnedMachine> list(Scope scope, MachineQuery query) {
        return sorted(scope, query).stream().map(this::withOwner).toList();
    }

    private List<Machine> sorted(Scope scope, MachineQuery query) {
        List<Machine> passing = machines.rows().stream()
                .filter(machine -> scope.includes(machine.details().customerOrganizationId()) && passes(query.filter(), machine.details()))
                .toList();
        Function<Machine, UUID> id = machine -> machine.id().value();
        return switch (query.sort().field()) {
            case CREATED_AT -> new InMemoryKeyset<>(Machine::createdAt, Instant::parse, id)
                    .page(passing, query.sort().direction(), query.after(), query.limit());
            case NAME -> new InMemoryKeyset<>((Machine machine) -> machine.details().name(), (String key) -> key, id)
                    .page(passing, query.sort().direction(), query.after(), query.limit());
            case SERIAL_NUMBER -> new InMemoryKeyset<>((Machine machine) -> machine.details().serialNumber(), (String key) -> key, id)
                    .page(passing, query.sort().direction(), query.after(), query.limit());
            case NEXT_MAINTENANCE_DATE -> new InMemoryKeyset<>((Machine machine) -> machine.details().nextMaintenanceDate(), Instant::parse, id)
                    .page(passing, query.sort().direction(), query.after(), query.limit());
        };
    }

    /** Lets another writer revise first, as the next revision is about to be stored. */
    public synchronized void beforeNextRevision(Runnable otherWriter) {
        machines.beforeNextRevision(otherWriter);
    }

    @Override
    public synchronized OwnedMachine update(Machine revised) {
        machines.requireRevisable(revised.id(), revised.version());
        Organization owner = requireValidReferences(revised);
        machines.put(revised.id(), revised);
        return new OwnedMachine(revised, owner);
    }

    @Override
    public synchronized void delete(MachineId id, ExpectedVersion expected) {
        machines.requireAt(id, expected);
        machines.remove(id);
    }

    private synchronized boolean ownsAny(OrganizationId organization) {
        return machines.rows().stream().anyMatch(machine -> machine.details().customerOrganizationId().equals(organization));
    }

    private OwnedMachine withOwner(Machine machine) {
        // The stand-in for the foreign key keeps every owner there while it owns a machine.
        return new OwnedMachine(machine, organizations.findById(machine.details().customerOrganizationId()).orElseThrow());
    }

    /** The machine's owner, when it exists and the serial number is free. */
    private Organization requireValidReferences(Machine machine) {
        OrganizationId ownerId = machine.details().customerOrganizationId();
        Organization owner = organizations.findById(ownerId).orElseThrow(() -> MachineDetails.unknownOwner(ownerId));
        String serialNumber = machine.details().serialNumber();
        boolean taken = machines.rows().stream()
                .anyMatch(other -> !other.id().equals(machine.id()) && other.details().serialNumber().equals(serialNumber));
        if (taken) {
            throw new DuplicateSerialNumberException(serialNumber);
        }
        return owner;
    }

    private static boolean passes(MachineFilter filter, MachineDetails details) {
        return (filter.statuses().isEmpty() || filter.statuses().contains(details.status()))
                && filter.customerOrganizationId().map(details.customerOrganizationId()::equals).orElse(true)
                && filter.modelType().map(details.modelType()::equals).orElse(true)
                && filter.nextMaintenanceBefore().map(bound -> isBefore(details.nextMaintenanceDate(), bound)).orElse(true)
                && filter.warrantyExpiresBefore().map(bound -> isBefore(details.warrantyExpiryDate(), bound)).orElse(true);
    }

    private static boolean isBefore(Instant date, Instant bound) {
        return date != null && date.isBefore(bound);
    }
}
