package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A fresh database on the test server, brought to the latest changeset by the project's changelog. */
public final class MigratedDatabase {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private MigratedDatabase() {}

    public static JdbcClient create() {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        update(database);
        return JdbcClient.create(new SimpleDriverDataSource(new Driver(),
                database.jdbcUrl(), database.username(), database.password()));
    }

    public static void update(PostgresDatabase target) {
        try (Connection connection = target.connect()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute();
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("could not migrate " + target.jdbcUrl(), e);
        }
    }
}
