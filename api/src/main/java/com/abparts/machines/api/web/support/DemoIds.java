package com.abparts.machines.api.web.support;

/**
 * The ids of the demo data that the dev run seeds (and the identity provider's demo users belong
 * to), so that the examples of the OpenAPI document work as shown in Swagger UI's "Try it out".
 */
public final class DemoIds {

    /** The platform operator, whose staff are the super admins. */
    public static final String ORASEAS_EE = "0a5e0000-0000-4000-8000-000000000001";
    /** A customer organization, with an admin and a user among the demo users. */
    public static final String NORDFJORD_AQUA = "0a5e0000-0000-4000-8000-000000000002";
    /** Another customer organization, whose machines Nordfjord Aqua's staff never see. */
    public static final String BALTIC_NETS = "0a5e0000-0000-4000-8000-000000000003";
    /** One of Nordfjord Aqua's machines. */
    public static final String NORDFJORD_HARBOUR_UNIT = "0a5e0000-0000-4000-8000-000000000101";

    private DemoIds() {}
}
