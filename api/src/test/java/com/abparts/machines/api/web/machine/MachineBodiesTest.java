package com.abparts.machines.api.web.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.UnprocessableInputException;
import com.abparts.machines.domain.machine.MachineChange;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineStatus;
import com.abparts.machines.domain.revision.FieldChange;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MachineBodiesTest {

    private static final UUID OWNER = UUID.fromString("5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void documentsTheFieldsItReads() {
        assertThat(Arrays.stream(MachineInput.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Arrays.stream(MachineChange.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void readsAValidBodyDefaultingTheStatusToActive() {
        MachineDetails details = MachineBodies.details(body("""
                {"customerOrganizationId": "%s", "modelType": " V4.0 ", "name": "Unit", "serialNumber": "AB-1",
                 "purchaseDate": "2024-01-15T02:00:00+02:00", "notes": null}""".formatted(OWNER)));

        assertThat(details.status()).isEqualTo(MachineStatus.ACTIVE);
        assertThat(details.modelType()).isEqualTo("V4.0");
        assertThat(details.purchaseDate()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(details.notes()).isNull();
    }

    @Test
    void reportsWrongTypesAndDomainRulesTogetherOncePerField() {
        UnprocessableInputException error = catchThrowableOfType(UnprocessableInputException.class, () -> MachineBodies.details(body("""
                {"customerOrganizationId": 7, "modelType": "", "name": ["Unit"], "serialNumber": "AB-1", "status": "Active"}""")));

        assertThat(error.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("customerOrganizationId", "name", "status", "modelType");
        assertThat(error.errors()).filteredOn(fieldError -> fieldError.field().equals("status")).singleElement()
                .extracting(FieldError::allowedValues).asList().containsExactly("active", "inactive", "maintenance", "decommissioned");
    }

    @Test
    void namesPropertiesAMachineDoesNotHave() {
        UnprocessableInputException error = catchThrowableOfType(UnprocessableInputException.class,
                () -> MachineBodies.change(body("{\"colour\": \"red\"}")));

        assertThat(error.errors()).singleElement().satisfies(unknown -> {
            assertThat(unknown.field()).isEqualTo("colour");
            assertThat(unknown.message()).startsWith("is not a property of this resource; allowed: customerOrganizationId, modelType");
        });
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> MachineBodies.details(body("[]"))).errors())
                .extracting(FieldError::field).containsExactly("body");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> MachineBodies.change(body("\"text\""))).errors())
                .extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void readsAMergePatchAsFieldsKeptSetAndCleared() {
        MachineChange change = MachineBodies.change(body("{\"location\": null, \"name\": \" Renamed \", \"status\": \"inactive\"}"));

        assertThat(change.location()).isEqualTo(FieldChange.clear());
        assertThat(change.name()).isEqualTo(FieldChange.set("Renamed"));
        assertThat(change.status()).isEqualTo(FieldChange.set(MachineStatus.INACTIVE));
        assertThat(change.serialNumber()).isEqualTo(FieldChange.keep());
        assertThat(change.customerOrganizationId()).isEqualTo(FieldChange.keep());
    }

    @Test
    void refusesAPatchWithAValueThatIsNoValue() {
        assertThat(catchThrowableOfType(UnprocessableInputException.class,
                () -> MachineBodies.change(body("{\"status\": \"retired\", \"purchaseDate\": \"2024-02-30\", \"customerOrganizationId\": \"x\"}")))
                .errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("status", "purchaseDate", "customerOrganizationId");
    }

    private JsonNode body(String text) {
        return json.readTree(text);
    }
}
