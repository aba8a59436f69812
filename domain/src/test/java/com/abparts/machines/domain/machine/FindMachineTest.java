package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindMachineTest {

    private final InMemoryMachineRepository machines = new InMemoryMachineRepository();
    private final FindMachine findMachine = new FindMachine(machines);

    @Test
    void findsAKnownMachine() {
        Machine machine = aMachine().build();
        machines.add(machine);

        assertThat(findMachine.byId(machine.id())).isEqualTo(machine);
    }

    @Test
    void rejectsAnUnknownIdNamingIt() {
        MachineId unknown = MachineId.newId();

        assertThatThrownBy(() -> findMachine.byId(unknown))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }
}
