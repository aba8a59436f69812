package com.abparts.machines.it.support;

/** How the JVMs the tests start compile their code. */
final class Jit {

    /**
     * The JIT's first tier only (C1), as the test JVMs themselves run (the parent pom's argLine): for
     * JVMs that mostly start, it spends far less CPU on compiling, which the tests running beside them
     * get (docs/testing.md, "How long it takes"). It changes nothing the program does.
     */
    static final String FIRST_TIER_ONLY = "-XX:TieredStopAtLevel=1";

    private Jit() {}
}
