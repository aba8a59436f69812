package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.paging.PageLimit;
import java.util.Optional;

/** Queries that tests use to look at a repository as a whole. */
final class MachineQueries {

    private MachineQueries() {}

    /** The first page, as large as pages get, of every machine, newest first. */
    static MachineQuery everything() {
        return new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, PageLimit.MAX, Optional.empty());
    }
}
