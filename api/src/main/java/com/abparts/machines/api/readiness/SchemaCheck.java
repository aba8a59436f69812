package com.abparts.machines.api.readiness;

import com.abparts.machines.persistence.machine.MachineStatusType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Does the database's schema match what this code expects? It does when every changeset of the
 * bundled changelog has been applied and the {@code machinestatus} labels equal
 * {@link com.abparts.machines.domain.machine.MachineStatus}'s. It reads the changelog once, and
 * the database on every check, without Liquibase's locks, so it can run while a migration does.
 *
 * <p>Reading the changelog takes about a third of the application context's start (measured: 0.65
 * of 2.2 s), so it happens on its own thread while the context goes on; {@link #awaitChangelog()}
 * joins it before the context is ready, and a changelog that cannot be read still fails the start.
 */
final class SchemaCheck {

    private final JdbcClient jdbc;
    private final CompletableFuture<List<String>> expectedChangeSets;

    SchemaCheck(JdbcClient jdbc, String changelog) {
        this.jdbc = jdbc;
        this.expectedChangeSets = CompletableFuture.supplyAsync(() -> changeSetsOf(changelog),
                reading -> Thread.ofPlatform().name("changelog-reader").daemon().start(reading));
    }

    /**
     * Waits until the changelog has been read.
     *
     * @throws IllegalStateException when it cannot be read
     */
    void awaitChangelog() {
        expectedChangeSets();
    }

    /** A kind of thing that keeps the service from being ready; its name is a metric's tag value. */
    enum Reason {
        CHANGESETS_PENDING, STATUS_TYPE_MISSING, STATUS_LABELS_DIFFER, DATABASE_UNREACHABLE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is wrong, of which kind, in words an operator can act on. */
    record Problem(Reason reason, String description) {
    }

    /** What is wrong with the schema; empty when nothing is. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        List<String> pending = pendingChangeSets();
        if (!pending.isEmpty()) {
            problems.add(new Problem(Reason.CHANGESETS_PENDING, pending.size()
                    + " changeset(s) of the changelog are not applied (run migrations.jar update): " + String.join(", ", pending)));
        }
        List<String> labels = jdbc.sql("SELECT enumlabel FROM pg_enum WHERE enumtypid = to_regtype('machinestatus') ORDER BY enumsortorder")
                .query(String.class).list();
        if (labels.isEmpty()) {
            problems.add(new Problem(Reason.STATUS_TYPE_MISSING, "the type machinestatus does not exist"));
        } else {
            MachineStatusType.drift(labels).ifPresent(drift -> problems.add(new Problem(Reason.STATUS_LABELS_DIFFER, drift)));
        }
        return problems;
    }

    /** The tag of the last tagged changeset applied, if any. */
    Optional<String> currentTag() {
        if (!hasChangeLogTable()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL ORDER BY orderexecuted DESC LIMIT 1")
                .query(String.class).optional();
    }

    List<String> pendingChangeSets() {
        Set<String> applied = new HashSet<>();
        if (hasChangeLogTable()) {
            applied.addAll(jdbc.sql("SELECT filename || '::' || id || '::' || author FROM databasechangelog").query(String.class).list());
        }
        return expectedChangeSets().stream().filter(changeSet -> !applied.contains(changeSet)).toList();
    }

    private List<String> expectedChangeSets() {
        try {
            return expectedChangeSets.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private boolean hasChangeLogTable() {
        return jdbc.sql("SELECT to_regclass('databasechangelog') IS NOT NULL").query(Boolean.class).single();
    }

    private static List<String> changeSetsOf(String changelog) {
        String path = changelog.startsWith("classpath:") ? changelog.substring("classpath:".length()) : changelog;
        ResourceAccessor resources = new ClassLoaderResourceAccessor(SchemaCheck.class.getClassLoader());
        try {
            DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(), resources);
            return parsed.getChangeSets().stream().map(SchemaCheck::identify).toList();
        } catch (LiquibaseException e) {
            throw new IllegalStateException("cannot read the changelog " + changelog, e);
        }
    }

    private static String identify(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }
}
