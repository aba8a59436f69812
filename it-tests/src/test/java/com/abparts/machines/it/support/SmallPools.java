package com.abparts.machines.it.support;

/**
 * The connection pool of every application context the tests start: Spring keeps a context, and
 * its pool, for the tests that share it, so each pool is small and gives back within seconds what
 * a test used. The suite then stays within a default PostgreSQL's 100 connections, which the
 * build's own servers are configured with, as a team's CI server is.
 */
public final class SmallPools {

    public static final String MAXIMUM = "spring.datasource.hikari.maximum-pool-size=5";
    public static final String MINIMUM_IDLE = "spring.datasource.hikari.minimum-idle=1";
    public static final String IDLE_TIMEOUT = "spring.datasource.hikari.idle-timeout=10000";

    private SmallPools() {}
}
