package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.failure.ConflictException;

/** Another machine has this serial number already. */
public final class DuplicateSerialNumberException extends ConflictException {

    public DuplicateSerialNumberException(String serialNumber) {
        super("a machine with the serial number '" + serialNumber + "' exists already");
    }
}
