package com.abparts.machines.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How to reach one database on a test PostgreSQL server. */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }
}
