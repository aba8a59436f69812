package com.abparts.machines.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What the build downloads and runs is what was reviewed: pinned by digest, and given no more rights than it needs. */
class SupplyChainFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize();
    private static final Pattern USES = Pattern.compile("uses:\\s*(\\S+)");

    @Test
    void pinsEveryActionOfTheWorkflowByCommit() throws IOException {
        String workflow = Files.readString(ROOT.resolve(".github/workflows/ci.yml"));
        Matcher uses = USES.matcher(workflow);
        int actions = 0;
        while (uses.find()) {
            actions++;
            assertThat(uses.group(1)).as("a tag can be moved to other code; a commit cannot").matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
        }

        assertThat(actions).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givesTheWorkflowReadAccessOnly() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(ROOT.resolve(".github/workflows/ci.yml")));

        assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read"));
        ((Map<String, Map<String, Object>>) workflow.get("jobs")).values()
                .forEach(job -> assertThat(job).as("a job widening the permissions").doesNotContainKey("permissions"));
    }

    @Test
    void letsTheMavenWrapperVerifyItsDownload() throws IOException {
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }

        assertThat(wrapper.getProperty("distributionUrl")).startsWith("https://repo.maven.apache.org/");
        assertThat(wrapper.getProperty("distributionSha256Sum")).matches("[0-9a-f]{64}");
        assertThat(List.of(Files.readString(ROOT.resolve("mvnw")), Files.readString(ROOT.resolve("mvnw.cmd"))))
                .allSatisfy(script -> assertThat(script).contains("distributionSha256Sum"));
    }

    /** Since 1.10.0 jqwik prints text addressed to automated agents into every build log, and its author asks that they not use it. */
    @Test
    void keepsJqwikOutOfTheBuildAndItsLog() throws IOException {
        for (String module : List.of("", "domain/", "persistence/", "migrations/", "api/", "it-tests/", "bench/floor/", "bench/standard/")) {
            assertThat(Files.readString(ROOT.resolve(module + "pom.xml"))).as(module + "pom.xml").doesNotContainIgnoringCase("jqwik");
        }
        assertThatThrownBy(() -> Class.forName("net.jqwik.api.Arbitraries")).isInstanceOf(ClassNotFoundException.class);
    }
}
