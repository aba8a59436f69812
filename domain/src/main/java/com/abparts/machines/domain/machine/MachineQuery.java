package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.paging.PageLimit;
import com.abparts.machines.domain.paging.Position;
import java.util.Objects;
import java.util.Optional;

/** Which page of which machines to list. */
public record MachineQuery(MachineFilter filter, MachineSort sort, int limit, Optional<Position> after) {

    public MachineQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        PageLimit.require(limit);
        Objects.requireNonNull(after, "after");
    }
}
