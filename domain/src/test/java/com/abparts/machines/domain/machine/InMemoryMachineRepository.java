package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.failure.VersionMismatchException;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.paging.InMemoryKeyset;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/** A {@link MachineRepository} in a map, for use-case tests; kept honest by its contract test. */
public final class InMemoryMachineRepository implements MachineRepository {

    private final Map<MachineId, Machine> machines = new LinkedHashMap<>();
    private final InMemoryOrganizationRepository organizations;

    public InMemoryMachineRepository(InMemoryOrganizationRepository organizations) {
        this.organizations = organizations;
        organizations.ownershipCheckedBy(this::ownsAny);
    }

    @Override
    public synchronized void add(Machine machine) {
        requireValidReferences(machine);
        machines.put(machine.id(), machine);
    }

    @Override
    public synchronized Optional<Machine> findById(MachineId id) {
        return Optional.ofNullable(machines.get(id));
    }

    @Override
    public synchronized List<Machine> list(MachineQuery query) {
        List<Machine> passing = machines.values().stream().filter(machine -> passes(query.filter(), machine.details())).toList();
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

    @Override
    public synchronized void update(Machine revised) {
        Machine stored = machines.get(revised.id());
        if (stored == null) {
            throw new MachineNotFoundException(revised.id());
        }
        if (stored.version() != revised.version() - 1) {
            throw new VersionMismatchException("machine " + revised.id(), revised.version() - 1);
        }
        requireValidReferences(revised);
        machines.put(revised.id(), revised);
    }

    @Override
    public synchronized void delete(MachineId id, OptionalLong expectedVersion) {
        Machine stored = machines.get(id);
        if (stored == null) {
            throw new MachineNotFoundException(id);
        }
        if (expectedVersion.isPresent() && stored.version() != expectedVersion.getAsLong()) {
            throw new VersionMismatchException("machine " + id, expectedVersion.getAsLong());
        }
        machines.remove(id);
    }

    private synchronized boolean ownsAny(OrganizationId organization) {
        return machines.values().stream().anyMatch(machine -> machine.details().customerOrganizationId().equals(organization));
    }

    private void requireValidReferences(Machine machine) {
        OrganizationId owner = machine.details().customerOrganizationId();
        if (!organizations.exists(owner)) {
            throw new InvalidFieldsException(List.of(new FieldViolation("customerOrganizationId", "no organization has the id " + owner)));
        }
        String serialNumber = machine.details().serialNumber();
        boolean taken = machines.values().stream()
                .anyMatch(other -> !other.id().equals(machine.id()) && other.details().serialNumber().equals(serialNumber));
        if (taken) {
            throw new DuplicateSerialNumberException(serialNumber);
        }
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
