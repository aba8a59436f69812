package com.abparts.machines.domain.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.organization.OrganizationSort;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SortKeysTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void admitsOnlyKeysThatTheSortFieldHas() {
        MachineSort byCreation = new MachineSort(MachineSort.Field.CREATED_AT, SortDirection.ASC);
        MachineSort byMaintenance = new MachineSort(MachineSort.Field.NEXT_MAINTENANCE_DATE, SortDirection.ASC);
        MachineSort byName = new MachineSort(MachineSort.Field.NAME, SortDirection.DESC);

        assertThat(byCreation.admits(new Position("2025-07-25T14:25:00Z", ID))).isTrue();
        assertThat(byCreation.admits(new Position("Harbour unit 3", ID))).isFalse();
        assertThat(byCreation.admits(new Position(null, ID))).isFalse();
        assertThat(byCreation.admits(new Position("+20000-01-01T00:00:00Z", ID))).isFalse();
        assertThat(byMaintenance.admits(new Position(null, ID))).isTrue();
        assertThat(byMaintenance.admits(new Position("2025-07-25", ID))).isFalse();
        assertThat(byName.admits(new Position("Harbour unit 3", ID))).isTrue();
        assertThat(byName.admits(new Position("a\u0000b", ID))).isFalse();
        assertThat(byName.admits(new Position(null, ID))).isFalse();
    }

    @Test
    void organizationsAdmitTheSameKinds() {
        assertThat(new OrganizationSort(OrganizationSort.Field.CREATED_AT, SortDirection.ASC).admits(new Position("Oraseas", ID))).isFalse();
        assertThat(new OrganizationSort(OrganizationSort.Field.NAME, SortDirection.ASC).admits(new Position("Oraseas", ID))).isTrue();
    }
}
