package com.abparts.machines.persistence.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.machine.MachineStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MachineStatusTypeTest {

    @ParameterizedTest
    @EnumSource(MachineStatus.class)
    void readsBackTheLabelItWrites(MachineStatus status) {
        assertThat(MachineStatusType.statusOf(MachineStatusType.labelOf(status))).isEqualTo(status);
    }

    @Test
    void expectsTheFourLabelsOfTheReferenceMigrationInOrder() {
        assertThat(MachineStatusType.expectedLabels()).containsExactly("active", "inactive", "maintenance", "decommissioned");
    }

    @Test
    void refusesALabelItDoesNotKnowNamingIt() {
        assertThatThrownBy(() -> MachineStatusType.statusOf("retired"))
                .hasMessageContaining("'retired'");
    }

    @Test
    void findsNoDriftWhenTheLabelsAgree() {
        assertThat(MachineStatusType.drift(List.of("active", "inactive", "maintenance", "decommissioned"))).isEmpty();
    }

    @Test
    void namesALabelOnlyTheDatabaseHas() {
        assertThat(MachineStatusType.drift(List.of("active", "inactive", "maintenance", "decommissioned", "retired")))
                .hasValueSatisfying(drift -> assertThat(drift).contains("MachineStatus lacks 'retired'"));
    }

    @Test
    void namesALabelTheDatabaseLacks() {
        assertThat(MachineStatusType.drift(List.of("active", "inactive", "decommissioned")))
                .hasValueSatisfying(drift -> assertThat(drift).contains("the database lacks 'maintenance'"));
    }

    @Test
    void noticesLabelsInAnotherOrder() {
        assertThat(MachineStatusType.drift(List.of("inactive", "active", "maintenance", "decommissioned")))
                .hasValueSatisfying(drift -> assertThat(drift).contains("the order differs"));
    }
}
