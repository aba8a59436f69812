package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which machines a listing shows: every given condition must hold. {@code statuses} matches any of
 * them (all when empty); the dates are strict upper bounds that leave out machines without that date.
 */
public record MachineFilter(
        Set<MachineStatus> statuses,
        Optional<OrganizationId> customerOrganizationId,
        Optional<String> modelType,
        Optional<Instant> nextMaintenanceBefore,
        Optional<Instant> warrantyExpiresBefore) {

    public static final MachineFilter ALL =
            new MachineFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public MachineFilter {
        statuses = Set.copyOf(statuses);
    }
}
