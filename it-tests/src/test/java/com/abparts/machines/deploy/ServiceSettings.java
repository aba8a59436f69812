package com.abparts.machines.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.yaml.snakeyaml.Yaml;

/**
 * The service's own facts that the manifests must agree with, read from the service's files: its
 * ports and graceful shutdown from application.yaml, the paths Spring Boot's health probes answer
 * at, every setting it reads from the configuration metadata of its jars (Spring Boot's and its
 * own), and the resident memory measured in bench/README.md.
 */
record ServiceSettings(int port, int managementPort, String livenessPath, String readinessPath, int shutdownSeconds,
        Set<String> properties) {

    private static final Pattern RESIDENT = Pattern.compile("resident memory after the load: service (\\d+) MB");

    /** As the api module's application.yaml and the jars on this test's class path say. */
    @SuppressWarnings("unchecked")
    static ServiceSettings ofTheService() {
        Map<String, Object> yaml;
        try (InputStream in = ServiceSettings.class.getClassLoader().getResourceAsStream("application.yaml")) {
            yaml = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> server = RenderedManifests.at(yaml, "server");
        int port = ((Number) server.getOrDefault("port", 8080)).intValue();
        int managementPort = ((Number) RenderedManifests.at(yaml, "management", "server").get("port")).intValue();
        boolean probePaths = Boolean.TRUE.equals(RenderedManifests.at(yaml, "management", "endpoint", "health", "probes")
                .get("add-additional-paths"));
        if (!probePaths) {
            throw new IllegalStateException("application.yaml no longer adds the probes' paths on the main port");
        }
        // Spring's default for each phase of a graceful shutdown, unless application.yaml sets one.
        Object phase = RenderedManifests.at(yaml, "spring", "lifecycle").getOrDefault("timeout-per-shutdown-phase", "30s");
        int shutdown = Integer.parseInt(String.valueOf(phase).replace("s", ""));
        return new ServiceSettings(port, managementPort, "/livez", "/readyz", shutdown, knownProperties());
    }

    /** Whether an environment variable binds to a setting the service reads, as Spring Boot's relaxed binding matches them. */
    boolean readsVariable(String variable) {
        return properties.contains(canonical(variable));
    }

    /** The resident memory after the load, in MiB, from the latest run recorded in bench/README.md. */
    static int measuredResidentMemory() {
        try {
            Matcher found = RESIDENT.matcher(Files.readString(RenderedManifests.ROOT.resolve("bench/README.md")));
            int highest = -1;
            while (found.find()) {
                highest = Math.max(highest, Integer.parseInt(found.group(1)));
            }
            if (highest < 0) {
                throw new IllegalStateException("bench/README.md records no resident memory of the service");
            }
            return highest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> knownProperties() {
        Set<String> names = new HashSet<>();
        try {
            for (String file : new String[] {"META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json"}) {
                for (URL url : Collections.list(ServiceSettings.class.getClassLoader().getResources(file))) {
                    try (InputStream in = url.openStream()) {
                        JsonNode metadata = JsonMapper.builder().build().readTree(in);
                        metadata.path("properties").forEach(property -> names.add(canonical(property.path("name").asString())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** A setting's name with the separators Spring Boot's relaxed binding ignores left out: SPRING_DATASOURCE_URL, spring.datasource.url. */
    private static String canonical(String name) {
        return name.replaceAll("[._\\-\\[\\]]", "").toUpperCase(Locale.ROOT);
    }
}
