package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.paging.Page;
import com.abparts.machines.domain.paging.SortDirection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListMachinesTest {

    private static final MachineSort BY_NAME = new MachineSort(MachineSort.Field.NAME, SortDirection.ASC);

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);
    private final ListMachines listMachines = new ListMachines(machines);

    @Test
    void givesAPageOfMachinesWithTheirOwnersAndWhereTheNextPageStarts() {
        Organization first = anOrganization().build();
        Organization second = anOrganization().build();
        Stream.of(first, second).forEach(organizations::add);
        Machine a = aMachine().ownedBy(first.id()).withName("A").build();
        Machine b = aMachine().ownedBy(second.id()).withName("B").build();
        Machine c = aMachine().ownedBy(first.id()).withName("C").build();
        Stream.of(c, a, b).forEach(machines::add);

        Page<OwnedMachine> page = listMachines.list(Callers.platformOperator(), new MachineQuery(MachineFilter.ALL, BY_NAME, 2, Optional.empty()));

        assertThat(page.items()).containsExactly(new OwnedMachine(a, first), new OwnedMachine(b, second));
        assertThat(page.next()).contains(BY_NAME.positionAfter(b));
        assertThat(listMachines.list(Callers.platformOperator(), new MachineQuery(MachineFilter.ALL, BY_NAME, 2, page.next())).items())
                .containsExactly(new OwnedMachine(c, first));
    }

    @Test
    void listsOnlyTheMachinesOfTheCallersOrganization() {
        Organization own = anOrganization().build();
        Organization other = anOrganization().build();
        Stream.of(own, other).forEach(organizations::add);
        Machine mine = aMachine().ownedBy(own.id()).build();
        Stream.of(mine, aMachine().ownedBy(other.id()).build()).forEach(machines::add);

        Page<OwnedMachine> page = listMachines.list(Callers.adminOf(own.id()), new MachineQuery(MachineFilter.ALL, BY_NAME, 10, Optional.empty()));

        assertThat(page.items()).containsExactly(new OwnedMachine(mine, own));
    }

    @Test
    void saysNoPageFollowsTheLast() {
        Organization owner = anOrganization().build();
        organizations.add(owner);
        List.of(aMachine().ownedBy(owner.id()).build(), aMachine().ownedBy(owner.id()).build()).forEach(machines::add);

        Page<OwnedMachine> page = listMachines.list(Callers.platformOperator(), new MachineQuery(MachineFilter.ALL, BY_NAME, 2, Optional.empty()));

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }
}
