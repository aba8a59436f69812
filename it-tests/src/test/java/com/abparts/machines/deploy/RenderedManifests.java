package com.abparts.machines.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.abparts.machines.it.support.Executables;
import com.abparts.machines.it.support.Linters;
import com.abparts.machines.it.support.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes objects of one overlay of {@code deploy/}, as {@code kubectl kustomize} renders them
 * (or as a planted manifest holds them), read as plain maps. Where kubectl is missing the tests
 * that need it skip with a line that says so, unless {@code ABPARTS_REQUIRE_TOOLS=true} (as CI
 * sets it) makes that a failure.
 */
public record RenderedManifests(String source, String yaml, List<Map<String, Object>> objects) {

    static final Path ROOT = ProjectRoot.path();

    /** Renders {@code deploy/overlays/<overlay>}. */
    public static RenderedManifests overlay(String overlay) throws IOException, InterruptedException {
        Optional<Path> kubectl = Executables.onPath("kubectl");
        if (kubectl.isEmpty() && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("kubectl is not on the PATH, and ABPARTS_REQUIRE_TOOLS=true requires it");
        }
        assumeTrue(kubectl.isPresent(), "skipped: kubectl is not on the PATH, so deploy/ cannot be rendered");
        Path folder = ROOT.resolve("deploy/overlays").resolve(overlay);
        Linters.Result rendered = Linters.run(ROOT, List.of(kubectl.get().toString(), "kustomize", folder.toString()));
        if (rendered.exitCode() != 0) {
            throw new IllegalStateException("kubectl kustomize " + folder + " failed:\n" + rendered.output());
        }
        return of("deploy/overlays/" + overlay, rendered.output());
    }

    /** A manifest file as it stands, e.g. a planted one. */
    static RenderedManifests file(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static RenderedManifests of(String source, String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return new RenderedManifests(source, yaml, objects);
    }

    /** The paths the API container's startup, liveness and readiness probes ask. */
    public List<String> probePaths() {
        Map<String, Object> deployment = one("Deployment");
        return list(at(deployment, "spec", "template", "spec"), "containers").stream()
                .flatMap(container -> Stream.of("startupProbe", "livenessProbe", "readinessProbe")
                        .map(probe -> String.valueOf(at(container, probe, "httpGet").get("path"))))
                .toList();
    }

    /** The path each ServiceMonitor scrapes. */
    public List<String> scrapePaths() {
        return ofKind("ServiceMonitor").stream().flatMap(monitor -> list(at(monitor, "spec"), "endpoints").stream())
                .map(endpoint -> String.valueOf(endpoint.get("path"))).toList();
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = ofKind(kind);
        if (found.size() != 1) {
            throw new IllegalStateException(source + " holds " + found.size() + " objects of kind " + kind + ", not one");
        }
        return found.getFirst();
    }

    /** The pod templates of every workload, each with the name of the object that holds it. */
    List<Workload> workloads() {
        return objects.stream().filter(object -> Workload.KINDS.contains(object.get("kind")))
                .map(object -> new Workload(object.get("kind") + "/" + name(object), at(object, "spec", "template", "spec")))
                .toList();
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(at(object, "metadata").get("name"));
    }

    /** A nested map, empty where any step is missing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String step : path) {
            Object next = current == null ? null : current.get(step);
            current = next instanceof Map<?, ?> nested ? (Map<String, Object>) nested : null;
        }
        return current == null ? Map.of() : current;
    }

    /** A nested list of maps, empty where missing. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** One pod template: its containers (init containers too) and the pod's own settings. */
    record Workload(String name, Map<String, Object> pod) {

        static final List<String> KINDS = List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

        List<Map<String, Object>> containers() {
            return Stream.concat(list(pod, "initContainers").stream(), list(pod, "containers").stream()).toList();
        }

        String containerName(Map<String, Object> container) {
            return name + " " + Objects.toString(container.get("name"));
        }
    }
}
