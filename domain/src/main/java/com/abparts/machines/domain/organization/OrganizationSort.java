package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import com.abparts.machines.domain.paging.SortKeys;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** The order organizations are listed in; ties are broken by id, in the same direction. */
public record OrganizationSort(Field field, SortDirection direction) {

    public static final OrganizationSort DEFAULT = new OrganizationSort(Field.CREATED_AT, SortDirection.DESC);

    public OrganizationSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }

    /** Where a page ending with this organization ends. */
    public Position positionAfter(Organization organization) {
        return new Position(field.key.apply(organization), organization.id().value());
    }

    /** Whether a page can have ended at this position, as a cursor claims: its key is one this field has. */
    public boolean admits(Position position) {
        return field.admitsKey.test(position.key());
    }

    /** What organizations can be sorted by; each knows its key's canonical text. */
    public enum Field {
        CREATED_AT(organization -> organization.createdAt().toString(), SortKeys::timestamp),
        NAME(organization -> organization.details().name(), SortKeys::text);

        private final Function<Organization, String> key;
        private final Predicate<String> admitsKey;

        Field(Function<Organization, String> key, Predicate<String> admitsKey) {
            this.key = key;
            this.admitsKey = admitsKey;
        }
    }
}
