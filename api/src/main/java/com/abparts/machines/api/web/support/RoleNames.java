package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.organization.Role;
import java.util.Arrays;
import java.util.Optional;

/** {@link Role} as tokens and this API spell it: the one place that does. */
public final class RoleNames {

    private RoleNames() {}

    public static String of(Role role) {
        return switch (role) {
            case SUPER_ADMIN -> "super_admin";
            case ADMIN -> "admin";
            case USER -> "user";
        };
    }

    /** The role a token's name stands for; empty for names that are not ABParts' roles, which tokens may carry too. */
    public static Optional<Role> roleNamed(String name) {
        return Arrays.stream(Role.values()).filter(role -> of(role).equals(name)).findFirst();
    }
}
