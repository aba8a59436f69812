package com.abparts.machines.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What would stop `docker compose up --build` before any container starts, found without Docker:
 * the build stage read against what the Maven wrapper and the reactor need, line ends pinned for the
 * scripts that containers run, and no port published that the documentation does not name.
 */
class ContainerBuildFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void copiesThePomOfEveryModuleTheRootPomLists() throws IOException {
        String buildStage = buildStage();
        Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> listed = new ArrayList<>();
        while (modules.find()) {
            listed.add(modules.group(1));
        }

        assertThat(listed).isNotEmpty().allSatisfy(module -> assertThat(buildStage)
                .as("Maven reads %s/pom.xml before -pl applies", module)
                .containsAnyOf("COPY " + module + "/ " + module + "/", "COPY " + module + "/pom.xml " + module + "/pom.xml"));
    }

    @Test
    void givesTheMavenWrapperTheUnzipItNeedsForTheDistributionItsHashPins() throws IOException {
        String buildStage = buildStage();
        String wrapper = Files.readString(ROOT.resolve("mvnw"));
        String pinned = Files.readString(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"));

        assertThat(pinned).contains("distributionUrl=").containsPattern("distributionUrl=\\S+-bin\\.zip");
        assertThat(wrapper).as("the wrapper falls back to .tar.gz without unzip").contains("command -v unzip");
        assertThat(buildStage).as("the build image is a JDK: the wrapper downloads with it where there is no curl or wget")
                .containsPattern("FROM \\S+-jdk-\\S+ AS build");
        int install = buildStage.indexOf("apt-get install");
        assertThat(install).as("unzip installed in the build stage").isNotNegative();
        assertThat(buildStage.substring(install, buildStage.indexOf('\n', install))).contains(" unzip");
        assertThat(install).as("before the wrapper runs").isLessThan(buildStage.indexOf("./mvnw"));
    }

    @Test
    void pinsEveryScriptAndTheMavenWrapperToLfLineEnds() throws Exception {
        List<String> scripts = new ArrayList<>();
        try (Stream<String> tracked = git("ls-files").lines()) {
            for (String file : tracked.toList()) {
                Path path = ROOT.resolve(file);
                if (Files.isRegularFile(path) && startsWithAShebang(path)) {
                    scripts.add(file);
                }
            }
        }

        String attributes = git(Stream.concat(Stream.of("check-attr", "eol", "--"), scripts.stream()).toArray(String[]::new));

        assertThat(scripts).contains("mvnw", "compose/db-init/roles.sh", ".ci/run", "bench/service-vs-floor.sh");
        assertThat(attributes.lines()).hasSize(scripts.size()).allSatisfy(line -> assertThat(line).endsWith(": eol: lf"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesOnlyThePortsTheDocumentationNames() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        List<String> published = new ArrayList<>();
        services.forEach((name, service) -> ((List<String>) service.getOrDefault("ports", List.of())).forEach(port -> published.add(name + " " + port)));

        assertThat(published).containsExactlyInAnyOrder("keycloak 127.0.0.1:8180:8080", "api 127.0.0.1:8080:8080",
                "prometheus 127.0.0.1:9090:9090", "grafana 127.0.0.1:3000:3000");
        assertThat(operations).contains("http://localhost:8180", "localhost:8080", "http://localhost:9090", "http://localhost:3000");
        assertThat(services.get("db")).doesNotContainKey("ports");
    }

    private static boolean startsWithAShebang(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return new String(start, StandardCharsets.US_ASCII).equals("#!");
        }
    }

    private static String buildStage() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        int start = dockerfile.indexOf(" AS build");
        return dockerfile.substring(dockerfile.lastIndexOf("FROM ", start), dockerfile.indexOf("\nFROM ", start));
    }

    private static String git(String... arguments) throws Exception {
        Process git = new ProcessBuilder(Stream.concat(Stream.of("git", "-C", ROOT.toString()), Stream.of(arguments)).toList())
                .redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
        return output;
    }
}
