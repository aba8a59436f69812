package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Organization;

/** A machine together with the organization that owns it, as callers of the use cases see it. */
public record OwnedMachine(Machine machine, Organization owner) {
}
