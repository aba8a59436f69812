package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void trimsItsTexts() {
        Machine machine = aMachine().withModelType(" V4.0 ").withName("\tHarbour unit 3\n").withSerialNumber(" AB-1 ").build();

        assertThat(machine.modelType()).isEqualTo("V4.0");
        assertThat(machine.name()).isEqualTo("Harbour unit 3");
        assertThat(machine.serialNumber()).isEqualTo("AB-1");
    }

    @Test
    void rejectsABlankSerialNumberNamingTheField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withSerialNumber("   ").build());

        assertThat(error.violations()).containsExactly(new FieldViolation("serialNumber", "must not be blank"));
        assertThat(error).hasMessage("serialNumber must not be blank");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withModelType("V4.0-EXTENDED").withName(null).ownedBy(null).build());

        assertThat(error.violations()).extracting(FieldViolation::field)
                .containsExactly("customerOrganizationId", "modelType", "name");
        assertThat(error.violations()).contains(new FieldViolation("modelType", "must be at most 10 characters"));
    }

    @Test
    void countsLengthInCodePointsAsPostgresDoes() {
        String tenEmoji = "\uD83D\uDE9C".repeat(10);

        assertThat(aMachine().withModelType(tenEmoji).build().modelType()).isEqualTo(tenEmoji);
        assertThat(catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withModelType(tenEmoji + "x").build()).violations())
                .extracting(FieldViolation::field).containsExactly("modelType");
    }
}
