package com.abparts.machines.persistence.machine;

import com.abparts.machines.domain.machine.MachineStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's enum type {@code machinestatus}: the one place that spells {@link MachineStatus}
 * the way the database does, and that tells whether the database's labels still match the code.
 */
public final class MachineStatusType {

    /** The type's name in the database. */
    public static final String NAME = "machinestatus";

    private MachineStatusType() {}

    public static String labelOf(MachineStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case INACTIVE -> "inactive";
            case MAINTENANCE -> "maintenance";
            case DECOMMISSIONED -> "decommissioned";
        };
    }

    public static MachineStatus statusOf(String label) {
        return Arrays.stream(MachineStatus.values())
                .filter(status -> labelOf(status).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "the database holds the " + NAME + " label '" + label + "', which MachineStatus lacks"));
    }

    /** The labels the code expects, in the order of {@link MachineStatus}. */
    public static List<String> expectedLabels() {
        return Arrays.stream(MachineStatus.values()).map(MachineStatusType::labelOf).toList();
    }

    /**
     * How the database's labels (in their sort order) differ from the code's, in words an operator
     * can act on; empty when they are the same labels in the same order.
     */
    public static Optional<String> drift(List<String> databaseLabels) {
        List<String> expected = expectedLabels();
        if (expected.equals(databaseLabels)) {
            return Optional.empty();
        }
        List<String> differences = new ArrayList<>();
        expected.stream().filter(label -> !databaseLabels.contains(label)).forEach(label ->
                differences.add("the database lacks '" + label + "'"));
        databaseLabels.stream().filter(label -> !expected.contains(label)).forEach(label ->
                differences.add("MachineStatus lacks '" + label + "'"));
        if (differences.isEmpty()) {
            differences.add("the order differs");
        }
        return Optional.of(NAME + " labels " + databaseLabels + " differ from MachineStatus " + expected + ": "
                + String.join(", ", differences));
    }
}
