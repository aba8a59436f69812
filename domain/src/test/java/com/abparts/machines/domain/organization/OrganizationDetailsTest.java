package com.abparts.machines.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class OrganizationDetailsTest {

    @Test
    void trimsTheName() {
        assertThat(stated("  Oraseas EE\t").name()).isEqualTo("Oraseas EE");
    }

    @Test
    void requiresANameNamingTheField() {
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stated("   ")).violations())
                .containsExactly(new FieldViolation("name", "must not be blank"));
        assertThat(catchThrowableOfType(InvalidFieldsException.class,
                () -> new OrganizationDetails("Oraseas EE").with(new OrganizationChange(FieldChange.clear()))).violations())
                .containsExactly(new FieldViolation("name", "must not be blank"));
    }

    @Test
    void limitsTheNameTo255Characters() {
        assertThat(stated("n".repeat(255)).name()).hasSize(255);
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stated("n".repeat(256))).violations())
                .containsExactly(new FieldViolation("name", "must be at most 255 characters"));
    }

    @Test
    void takesAStoredNameAsItIsAndKeepsItThroughAChangeThatLeavesIt() {
        OrganizationDetails stored = new OrganizationDetails("  ");

        assertThat(stored.with(new OrganizationChange(FieldChange.keep()))).isEqualTo(stored);
        assertThat(stored.with(new OrganizationChange(FieldChange.set(" Oraseas EE ")))).isEqualTo(new OrganizationDetails("Oraseas EE"));
    }

    private static OrganizationDetails stated(String name) {
        return OrganizationDetails.of(new OrganizationChange(FieldChange.set(name)));
    }
}
