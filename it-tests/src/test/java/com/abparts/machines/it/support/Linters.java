package com.abparts.machines.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js linters and schema checks pinned in {@code it-tests/linters} (package.json and its lock), installed
 * with {@code npm install} on first use; not {@code npm ci}, which refuses the lock because npm 11
 * leaves the other platforms' optional binaries out of it. A machine without npm skips the lint
 * tests with a line that says so, unless {@code ABPARTS_REQUIRE_TOOLS=true} (as CI sets it)
 * makes that a failure.
 */
public final class Linters {

    private static final Path FOLDER = System.getProperty("abparts.linters") != null
            ? Path.of(System.getProperty("abparts.linters")).toAbsolutePath()
            : ProjectRoot.path().resolve("it-tests/linters");

    private Linters() {}

    /** The installed command of one linter, e.g. {@code squawk}. */
    public static Path command(String name) throws IOException, InterruptedException {
        Path installed = FOLDER.resolve("node_modules/.bin").resolve(name);
        installIfMissing(installed, name);
        return installed;
    }

    /**
     * Node.js, to run one of this folder's own scripts (e.g. {@code validate-manifests.mjs}) with the
     * packages it imports, installed if missing; {@code aPackage} is one of them.
     */
    public static Path node(String aPackage) throws IOException, InterruptedException {
        installIfMissing(FOLDER.resolve("node_modules").resolve(aPackage).resolve("package.json"), aPackage);
        return Executables.onPath("node").orElseThrow(() -> new IllegalStateException("npm is on the PATH, node is not"));
    }

    /**
     * Installs under a lock that other JVMs respect too: the integration tests run in two, and both
     * may want the linters at once, into the same folder.
     */
    private static synchronized void installIfMissing(Path installed, String what) throws IOException, InterruptedException {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "abparts-linters-" + Integer.toHexString(FOLDER.hashCode()) + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                if (!Files.exists(installed)) {
                    install(what);
                }
            } finally {
                lock.release();
            }
        }
    }

    private static void install(String what) throws IOException, InterruptedException {
        Optional<Path> npm = Executables.onPath("npm");
        boolean required = Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"));
        if (npm.isEmpty() && required) {
            throw new IllegalStateException("npm is not on the PATH, and ABPARTS_REQUIRE_TOOLS=true requires the linters");
        }
        assumeTrue(npm.isPresent(), "skipped: npm is not on the PATH, so " + what + " cannot be installed");
        // --prefer-offline: what npm's cache holds is not asked for again (a new clone's install, 14 s → 10 s here)
        Result install = run(FOLDER, List.of(npm.get().toString(), "install", "--prefer-offline", "--no-save", "--no-audit", "--no-fund"));
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm install in " + FOLDER + " failed:\n" + install.output());
        }
    }

    /** The folder holding the linters' configuration files. */
    public static Path folder() {
        return FOLDER;
    }

    public static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("linter", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** What a finished linter run left behind. */
    public record Result(int exitCode, String output) {}
}
