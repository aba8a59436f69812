package com.abparts.machines.api.web.planted;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Planted violation: web code that runs SQL itself. */
public class ControllerQueryingSql {

    private final JdbcClient jdbc;

    ControllerQueryingSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM machines").query(Long.class).single();
    }
}
