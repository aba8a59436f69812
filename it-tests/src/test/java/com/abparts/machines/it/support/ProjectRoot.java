package com.abparts.machines.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's root folder: {@code abparts.project-root} where the build sets it, otherwise the
 * nearest folder above the working directory that holds the root pom and {@code it-tests/} (an
 * IDE runs a test in the module's folder or the project's).
 */
public final class ProjectRoot {

    private ProjectRoot() {}

    public static Path path() {
        String given = System.getProperty("abparts.project-root");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("pom.xml")) && Files.isDirectory(folder.resolve("it-tests"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath() + ": set -Dabparts.project-root");
    }
}
