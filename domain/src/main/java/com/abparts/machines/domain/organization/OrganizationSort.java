package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.domain.paging.SortDirection;
import java.util.Objects;
import java.util.function.Function;

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

    /** What organizations can be sorted by; each knows its key's canonical text. */
    public enum Field {
        CREATED_AT(organization -> organization.createdAt().toString()),
        NAME(organization -> organization.details().name());

        private final Function<Organization, String> key;

        Field(Function<Organization, String> key) {
            this.key = key;
        }
    }
}
