package com.abparts.machines.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class OrganizationDetailsTest {

    @Test
    void trimsTheName() {
        assertThat(new OrganizationDetails("  Oraseas EE\t").name()).isEqualTo("Oraseas EE");
    }

    @Test
    void requiresANameNamingTheField() {
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> new OrganizationDetails("   ")).violations())
                .containsExactly(new FieldViolation("name", "must not be blank"));
    }

    @Test
    void limitsTheNameTo255Characters() {
        assertThat(new OrganizationDetails("n".repeat(255)).name()).hasSize(255);
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> new OrganizationDetails("n".repeat(256))).violations())
                .containsExactly(new FieldViolation("name", "must be at most 255 characters"));
    }
}
