package com.abparts.machines.domain.paging;

/** Which way a listing runs. */
public enum SortDirection {
    ASC,
    DESC
}
