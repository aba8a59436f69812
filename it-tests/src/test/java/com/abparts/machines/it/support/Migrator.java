package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.UpdateToTagCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.exception.CommandExecutionException;
import liquibase.ui.LoggerUIService;

/**
 * Runs the project's changelog against one database through Liquibase's command API: the same
 * commands, with the same arguments, that {@code migrations.jar} gives operators.
 *
 * <p>One setting differs: the changelog's XML is not validated against Liquibase's XSD again. It is
 * where the changelog runs as operators and the service run it, in every {@code migrations.jar} run
 * (MigrationsJarIT) and every application context's start; the hundreds of runs here would spend
 * more than half of their parsing on it (200 parses of the changelog, 7.5 s with it, 3.3 s without).
 * The setting is honoured per parse by {@link ScopedValidationXmlParser}, so the application contexts
 * started in the same JVM still validate.
 */
public final class Migrator {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    public static final String ADD_SECURITY_SESSION = "add_security_session";
    public static final String ADD_MACHINE_COLUMNS = "add_machine_columns";
    public static final String ADD_VERSIONS = "add_versions";

    /** Short waits for locks, as a busy database needs them; a test's own, since the defaults may change. */
    public static final Map<String, Object> SHORT_LOCK_WAITS = Map.of(
            "abparts.migration.lock-wait", "100ms", "abparts.migration.lock-wait-max", "200ms", "abparts.migration.lock-patience", "2m");

    private final PostgresDatabase database;

    public Migrator(PostgresDatabase database) {
        this.database = database;
    }

    public void update() throws CommandExecutionException {
        execute(command(UpdateCommandStep.COMMAND_NAME));
    }

    public void updateToTag(String tag) throws CommandExecutionException {
        execute(command(UpdateToTagCommandStep.COMMAND_NAME).addArgumentValue(UpdateToTagCommandStep.TAG_ARG, tag));
    }

    public void rollbackToTag(String tag) throws CommandExecutionException {
        execute(command(RollbackCommandStep.COMMAND_NAME).addArgumentValue(RollbackCommandStep.TAG_ARG, tag));
    }

    /** The SQL that {@link #update()} would run now, as {@code update-sql} prints it. */
    public String updateSql() throws CommandExecutionException {
        ByteArrayOutputStream sql = new ByteArrayOutputStream();
        execute(command(UpdateSqlCommandStep.COMMAND_NAME).setOutput(sql));
        return sql.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code steps} with these settings in Liquibase's scope (e.g. {@code abparts.migration.lock-wait}),
     * adding to {@code messages} what the migration tells the operator, even when it fails.
     */
    public static void withSettings(Map<String, Object> settings, Collection<String> messages, Scope.ScopedRunner steps) throws Exception {
        Map<String, Object> scope = new HashMap<>(settings);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService() {
            @Override
            public void sendMessage(String message) {
                messages.add(message);
                super.sendMessage(message);
            }
        });
        Scope.child(scope, steps);
    }

    private static void execute(CommandScope command) throws CommandExecutionException {
        try {
            Scope.child(Map.of(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false), () -> command.execute());
        } catch (CommandExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandExecutionException(e);
        }
    }

    private CommandScope command(String[] name) throws CommandExecutionException {
        return new CommandScope(name)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, database.jdbcUrl())
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, database.username())
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, database.password())
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG);
    }
}
