package com.abparts.machines.domain.machine;

/**
 * Where a machine stands in its working life. The database and the API each spell these in
 * their own way; adapters translate, each in one place, and tests hold them equal.
 */
public enum MachineStatus {
    /** In service at the customer's site. */
    ACTIVE,
    /** Out of service for now, but not retired. */
    INACTIVE,
    /** Being serviced. */
    MAINTENANCE,
    /** Retired for good. */
    DECOMMISSIONED
}
