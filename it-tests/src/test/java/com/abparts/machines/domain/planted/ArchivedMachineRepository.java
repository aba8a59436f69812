package com.abparts.machines.domain.planted;

import java.util.ArrayList;
import java.util.List;

/** Planted violation: a port that is an implementation, not an interface. */
public class ArchivedMachineRepository {

    private final List<String> serialNumbers = new ArrayList<>();

    void archive(String serialNumber) {
        serialNumbers.add(serialNumber);
    }
}
