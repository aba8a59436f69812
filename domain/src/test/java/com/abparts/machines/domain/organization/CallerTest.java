package com.abparts.machines.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final OrganizationId own = OrganizationId.newId();
    private final OrganizationId other = OrganizationId.newId();

    @Test
    void takesItsStrongestRole() {
        assertThat(Caller.of("a", Set.of(Role.USER, Role.ADMIN), Optional.of(own)).role()).isEqualTo(Role.ADMIN);
        assertThat(Caller.of("b", Set.of(Role.USER, Role.SUPER_ADMIN), Optional.of(own)).role()).isEqualTo(Role.SUPER_ADMIN);
    }

    @Test
    void letsThePlatformOperatorsStaffSeeAndChangeEverything() {
        Caller operator = Caller.of("operator", Set.of(Role.SUPER_ADMIN), Optional.empty());

        assertThat(operator.scope()).isEqualTo(Scope.everything());
        assertThat(operator.sees(other)).isTrue();
        assertThat(operator.mayChangeTheRegistry()).isTrue();
        operator.requireRightToChangeTheRegistry("registering machines");
    }

    @Test
    void letsStaffOfAnOrganizationSeeItOnlyAndChangeNothing() {
        Caller admin = Caller.of("admin", Set.of(Role.ADMIN), Optional.of(own));

        assertThat(admin.scope()).isEqualTo(Scope.of(own));
        assertThat(admin.sees(own)).isTrue();
        assertThat(admin.sees(other)).isFalse();
        assertThat(admin.mayChangeTheRegistry()).isFalse();
        assertThatThrownBy(() -> admin.requireRightToChangeTheRegistry("registering machines"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> {
                    assertThat(refused.needed()).isEqualTo(Role.SUPER_ADMIN);
                    assertThat(refused.describe(role -> role.name().toLowerCase())).isEqualTo("registering machines needs the role super_admin");
                });
    }

    @Test
    void refusesAnIdentityWithoutARole() {
        assertThatThrownBy(() -> Caller.of("nobody", Set.of(), Optional.of(own)))
                .isInstanceOfSatisfying(NotACallerException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(NotACallerException.Reason.NO_ROLE);
                    assertThat(refused.describe(role -> role.name().toLowerCase()))
                            .isEqualTo("calling this API needs one of the roles super_admin, admin, user");
                });
    }

    @Test
    void refusesStaffOfACustomerOrganizationThatBelongsToNone() {
        assertThatThrownBy(() -> Caller.of("lost", Set.of(Role.USER), Optional.empty()))
                .isInstanceOfSatisfying(NotACallerException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(NotACallerException.Reason.NO_ORGANIZATION));
    }
}
