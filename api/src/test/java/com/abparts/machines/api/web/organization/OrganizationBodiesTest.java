package com.abparts.machines.api.web.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.UnprocessableInputException;
import com.abparts.machines.domain.organization.OrganizationChange;
import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.domain.revision.FieldChange;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OrganizationBodiesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void documentsTheFieldsItReads() {
        assertThat(Arrays.stream(OrganizationInput.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Arrays.stream(OrganizationChange.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void readsTheDetailsOfANewOrganization() {
        assertThat(OrganizationBodies.details(json.readTree("{\"name\": \" Oraseas EE \"}"))).isEqualTo(new OrganizationDetails("Oraseas EE"));
    }

    @Test
    void reportsABlankNameAndUnknownPropertiesTogether() {
        assertThat(catchThrowableOfType(UnprocessableInputException.class,
                () -> OrganizationBodies.details(json.readTree("{\"name\": \"  \", \"vat\": 1}"))).errors())
                .extracting(FieldError::field).containsExactly("vat", "name");
    }

    @Test
    void readsAMergePatch() {
        assertThat(OrganizationBodies.change(json.readTree("{}"))).isEqualTo(new OrganizationChange(FieldChange.keep()));
        assertThat(OrganizationBodies.change(json.readTree("{\"name\": null}"))).isEqualTo(new OrganizationChange(FieldChange.clear()));
    }
}
