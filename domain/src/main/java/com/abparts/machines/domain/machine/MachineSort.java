package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import com.abparts.machines.domain.paging.SortKeys;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order machines are listed in; ties are broken by id, in the same direction. Machines
 * without a next maintenance date come last in both directions.
 */
public record MachineSort(Field field, SortDirection direction) {

    public static final MachineSort DEFAULT = new MachineSort(Field.CREATED_AT, SortDirection.DESC);

    public MachineSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }

    /** Where a page ending with this machine ends. */
    public Position positionAfter(Machine machine) {
        return new Position(field.key.apply(machine), machine.id().value());
    }

    /** Whether a page can have ended at this position, as a cursor claims: its key is one this field has. */
    public boolean admits(Position position) {
        return field.admitsKey.test(position.key());
    }

    /** What machines can be sorted by; each knows its key's canonical text. */
    public enum Field {
        CREATED_AT(machine -> machine.createdAt().toString(), SortKeys::timestamp),
        NAME(machine -> machine.details().name(), SortKeys::text),
        SERIAL_NUMBER(machine -> machine.details().serialNumber(), SortKeys::text),
        NEXT_MAINTENANCE_DATE(machine -> textOf(machine.details().nextMaintenanceDate()), SortKeys::timestampOrNone);

        private final Function<Machine, String> key;
        private final Predicate<String> admitsKey;

        Field(Function<Machine, String> key, Predicate<String> admitsKey) {
            this.key = key;
            this.admitsKey = admitsKey;
        }

        private static String textOf(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
