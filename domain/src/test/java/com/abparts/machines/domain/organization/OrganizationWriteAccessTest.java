package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.organization.OrganizationBuilder.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.FieldChange;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the platform operator's staff register, change or delete organizations. The staff of an
 * organization are told which role it takes; the staff of others are told there is no such one.
 */
class OrganizationWriteAccessTest {

    private static final InMemoryOrganizationRepository ORGANIZATIONS = new InMemoryOrganizationRepository();
    private static final ChangeOrganization CHANGE = new ChangeOrganization(ORGANIZATIONS, Clock.systemUTC());
    private static final DeleteOrganization DELETE = new DeleteOrganization(ORGANIZATIONS);

    private final Organization own = anOrganization().build();
    private final Organization other = anOrganization().build();

    @BeforeEach
    void givenTwoOrganizations() {
        ORGANIZATIONS.add(own);
        ORGANIZATIONS.add(other);
    }

    static Stream<Named<BiConsumer<Caller, Organization>>> writes() {
        return Stream.of(
                Named.<BiConsumer<Caller, Organization>>named("change", (caller, organization) -> CHANGE.change(caller, new ChangeOrganization.Command(organization.id(),
                        new OrganizationChange(FieldChange.set("Taken over " + organization.id())), ExpectedVersion.any()))),
                Named.<BiConsumer<Caller, Organization>>named("delete", (caller, organization) -> DELETE.delete(caller,
                        new DeleteOrganization.Command(organization.id(), ExpectedVersion.any()))));
    }

    @Test
    void letsNoStaffOfAnOrganizationRegisterOne() {
        RegisterOrganization register = new RegisterOrganization(ORGANIZATIONS, Clock.systemUTC());

        assertThatThrownBy(() -> register.register(Callers.adminOf(own.id()),
                new RegisterOrganization.Command(anOrganization().buildDetails())))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.needed()).isEqualTo(Role.SUPER_ADMIN));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void refusesItsOwnStaffNamingTheRoleNeeded(BiConsumer<Caller, Organization> write) {
        for (Caller staff : new Caller[] {Callers.adminOf(own.id()), Callers.userOf(own.id())}) {
            assertThatThrownBy(() -> write.accept(staff, own))
                    .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.needed()).isEqualTo(Role.SUPER_ADMIN));
        }
        assertThat(ORGANIZATIONS.findById(own.id())).contains(own);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void tellsTheStaffOfAnotherOrganizationThatThereIsNoSuchOrganization(BiConsumer<Caller, Organization> write) {
        assertThatThrownBy(() -> write.accept(Callers.adminOf(other.id()), own))
                .isInstanceOf(OrganizationNotFoundException.class);
        assertThat(ORGANIZATIONS.findById(own.id())).contains(own);
    }

    @Test
    void showsTheStaffOfAnOrganizationItAloneInFindAndList() {
        FindOrganization find = new FindOrganization(ORGANIZATIONS);
        ListOrganizations list = new ListOrganizations(ORGANIZATIONS);

        assertThat(find.byId(Callers.userOf(own.id()), own.id())).isEqualTo(own);
        assertThatThrownBy(() -> find.byId(Callers.userOf(own.id()), other.id())).isInstanceOf(OrganizationNotFoundException.class);
        assertThat(list.list(Callers.userOf(own.id()), new OrganizationQuery(OrganizationSort.DEFAULT, 50, java.util.Optional.empty()))
                .items()).containsExactly(own);
    }
}
