package com.abparts.machines.api.web.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.UnprocessableInputException;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;
import tools.jackson.databind.json.JsonMapper;

class MachineInputReaderTest {

    private static final UUID OWNER = UUID.fromString("5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a");

    private final JsonMapper json = JsonMapper.builder().build();
    private final MachineInputReader reader = new MachineInputReader(json, Mappers.getMapper(MachineResourceMapper.class));

    @Test
    void readsAValidBodyDefaultingTheStatusToActive() {
        MachineDetails details = reader.read(json.readTree("""
                {"customerOrganizationId": "%s", "modelType": " V4.0 ", "name": "Unit", "serialNumber": "AB-1",
                 "purchaseDate": "2024-01-15T02:00:00+02:00", "notes": null}""".formatted(OWNER)));

        assertThat(details.status()).isEqualTo(MachineStatus.ACTIVE);
        assertThat(details.modelType()).isEqualTo("V4.0");
        assertThat(details.purchaseDate()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(details.notes()).isNull();
    }

    @Test
    void reportsWrongTypesAndDomainRulesTogetherOncePerField() {
        UnprocessableInputException error = catchThrowableOfType(UnprocessableInputException.class, () -> reader.read(json.readTree("""
                {"customerOrganizationId": 7, "modelType": "", "name": ["Unit"], "serialNumber": "AB-1", "status": "Active"}""")));

        assertThat(error.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("customerOrganizationId", "name", "status", "modelType");
        assertThat(error.errors()).filteredOn(fieldError -> fieldError.field().equals("status")).singleElement()
                .extracting(FieldError::allowedValues).asList().containsExactly("active", "inactive", "maintenance", "decommissioned");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> reader.read(json.readTree("[]"))).errors())
                .extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void appliesAMergePatchToTheCurrentDetails() {
        MachineDetails current = reader.read(json.readTree("""
                {"customerOrganizationId": "%s", "modelType": "V4.0", "name": "Unit", "serialNumber": "AB-1",
                 "location": "Pier 7", "status": "inactive"}""".formatted(OWNER)));

        MachineDetails patched = reader.patch(current, json.readTree("{\"location\": null, \"name\": \"Renamed\"}"));

        assertThat(patched.location()).isNull();
        assertThat(patched.name()).isEqualTo("Renamed");
        assertThat(patched.status()).isEqualTo(MachineStatus.INACTIVE);
        assertThat(patched.serialNumber()).isEqualTo("AB-1");
    }

    @Test
    void refusesAPatchThatClearsTheStatus() {
        MachineDetails current = reader.read(json.readTree("""
                {"customerOrganizationId": "%s", "modelType": "V4.0", "name": "Unit", "serialNumber": "AB-1"}""".formatted(OWNER)));

        assertThat(catchThrowableOfType(UnprocessableInputException.class,
                () -> reader.patch(current, json.readTree("{\"status\": null}"))).errors())
                .extracting(FieldError::field).containsExactly("status");
    }
}
