package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.paging.PageLimit;
import com.abparts.machines.domain.paging.Position;
import java.util.Objects;
import java.util.Optional;

/** Which page of organizations to list. */
public record OrganizationQuery(OrganizationSort sort, int limit, Optional<Position> after) {

    public OrganizationQuery {
        Objects.requireNonNull(sort, "sort");
        PageLimit.require(limit);
        Objects.requireNonNull(after, "after");
    }
}
