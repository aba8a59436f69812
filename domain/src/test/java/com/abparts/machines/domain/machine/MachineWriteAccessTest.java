package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.machine.MachineChangeBuilder.aChange;
import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.Callers;
import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.NotPermittedException;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.Role;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the platform operator's staff replace, change or delete machines. The staff of the owner
 * are told which role it takes; the staff of other organizations are told there is no such machine.
 */
class MachineWriteAccessTest {

    private static final InMemoryOrganizationRepository ORGANIZATIONS = new InMemoryOrganizationRepository();
    private static final InMemoryMachineRepository MACHINES = new InMemoryMachineRepository(ORGANIZATIONS);
    private static final ReplaceMachine REPLACE = new ReplaceMachine(MACHINES, Clock.systemUTC());
    private static final ChangeMachine CHANGE = new ChangeMachine(MACHINES, Clock.systemUTC());
    private static final DeleteMachine DELETE = new DeleteMachine(MACHINES);

    private final Organization owner = anOrganization().build();
    private final Organization other = anOrganization().build();
    private final Machine machine = aMachine().ownedBy(owner.id()).build();

    @BeforeEach
    void givenAMachine() {
        ORGANIZATIONS.add(owner);
        ORGANIZATIONS.add(other);
        MACHINES.add(machine);
    }

    static Stream<Named<BiConsumer<Caller, Machine>>> writes() {
        return Stream.of(
                Named.<BiConsumer<Caller, Machine>>named("replace", (caller, machine) -> REPLACE.replace(caller,
                        new ReplaceMachine.Command(machine.id(), machine.details(), ExpectedVersion.any()))),
                Named.<BiConsumer<Caller, Machine>>named("change", (caller, machine) -> CHANGE.change(caller,
                        new ChangeMachine.Command(machine.id(), aChange().renaming("Taken over").build(), ExpectedVersion.any()))),
                Named.<BiConsumer<Caller, Machine>>named("delete", (caller, machine) -> DELETE.delete(caller, new DeleteMachine.Command(machine.id(), ExpectedVersion.any()))));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void refusesTheStaffOfTheOwnerNamingTheRoleNeeded(BiConsumer<Caller, Machine> write) {
        for (Caller staff : new Caller[] {Callers.adminOf(owner.id()), Callers.userOf(owner.id())}) {
            assertThatThrownBy(() -> write.accept(staff, machine))
                    .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.needed()).isEqualTo(Role.SUPER_ADMIN));
        }
        assertThat(MachineQueries.storedIn(MACHINES, machine.id())).contains(machine);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void tellsTheStaffOfAnotherOrganizationThatThereIsNoSuchMachine(BiConsumer<Caller, Machine> write) {
        assertThatThrownBy(() -> write.accept(Callers.adminOf(other.id()), machine))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessage("no machine has the id " + machine.id());
        assertThat(MachineQueries.storedIn(MACHINES, machine.id())).contains(machine);
    }
}
