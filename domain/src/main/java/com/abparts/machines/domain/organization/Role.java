package com.abparts.machines.domain.organization;

/**
 * The roles of ABParts' users, strongest first. The platform operator's staff see and change the
 * whole registry; the staff of a customer organization see their own organization and its machines.
 */
public enum Role {
    /** Staff of the platform operator (Oraseas EE): every organization, and the only ones who change the registry. */
    SUPER_ADMIN,
    /** An administrator of one customer organization. */
    ADMIN,
    /** A member of one customer organization. */
    USER
}
