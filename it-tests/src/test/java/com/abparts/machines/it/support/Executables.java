package com.abparts.machines.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds programs on the PATH, as a shell would. */
public final class Executables {

    private Executables() {}

    public static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .flatMap(directory -> Stream.of(name, name + ".exe", name + ".cmd").map(file -> Path.of(directory, file)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
