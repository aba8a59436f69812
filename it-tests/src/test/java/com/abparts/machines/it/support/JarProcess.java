package com.abparts.machines.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one of the project's executable jars the way people do: {@code java -jar …}, as its own process. */
public final class JarProcess {

    /**
     * For the jars the tests start again and again, each to live seconds: a third less of a start
     * goes to compiling. ProductionRunIT runs the production command line as it is.
     */
    private static final List<String> QUICK_START = List.of(Jit.FIRST_TIER_ONLY);

    private final Path jar;
    private final List<String> jvmOptions;

    /** Where each jar is when no system property names it (as failsafe does): run from an IDE, say. */
    private static final Map<String, String> BUILT_AT = Map.of(
            "abparts.api-jar", "api/target/api.jar",
            "abparts.migrations-jar", "migrations/target/migrations.jar");

    private JarProcess(Path jar, List<String> jvmOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it with ./mvnw -pl api,migrations -am package -DskipTests");
        }
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The jar the build named in this system property, or where the build leaves it. */
    public static JarProcess of(String property) {
        String named = System.getProperty(property);
        if (named == null || named.isBlank()) {
            String built = BUILT_AT.get(property);
            if (built == null) {
                throw new IllegalArgumentException("no jar is known by " + property);
            }
            return at(ProjectRoot.path().resolve(built));
        }
        return at(Path.of(named));
    }

    /** A jar at this path, e.g. one extracted from another. */
    public static JarProcess at(Path jar) {
        return new JarProcess(jar.toAbsolutePath().normalize(), List.of());
    }

    /** The same jar, started with {@link #QUICK_START}'s option. */
    public JarProcess startingQuickly() {
        return new JarProcess(jar, QUICK_START);
    }

    /** Starts it, its output going to a file; the caller stops it. */
    public Process start(Map<String, String> environment, Path output, String... arguments) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(arguments))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs it to the end and returns its exit code and everything it printed. */
    public Result run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }

    /** Runs it to the end, with these environment variables, and returns its exit code and output. */
    public Result run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile("jar-process", ".log");
        try {
            Process process = start(environment, output, arguments);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(jar.getFileName() + " did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** What a finished run left behind. */
    public record Result(int exitCode, String output) {}
}
