package com.abparts.machines.deploy;

import static com.abparts.machines.deploy.RenderedManifests.at;
import static com.abparts.machines.deploy.RenderedManifests.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manifests must say for the service as it is. Each check returns what is wrong, one line
 * each, so that a test can require none for deploy/ and some for each planted manifest.
 */
final class ManifestChecks {

    /** Environment variables the JVM reads itself, not the service. */
    private static final Set<String> JVM_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");
    /** What migrations.jar reads: Liquibase's own connection variables, and its lock settings. */
    private static final Set<String> MIGRATIONS_VARIABLES = Set.of("LIQUIBASE_COMMAND_URL", "LIQUIBASE_COMMAND_USERNAME",
            "LIQUIBASE_COMMAND_PASSWORD", "ABPARTS_MIGRATION_LOCK_WAIT", "ABPARTS_MIGRATION_LOCK_WAIT_MAX", "ABPARTS_MIGRATION_LOCK_PATIENCE");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY");
    private static final Pattern MEMORY = Pattern.compile("(\\d+)(Mi|Gi|M|G)?");
    private static final Pattern SLEEP = Pattern.compile("\\d+");

    private ManifestChecks() {}

    /** Every container runs as a non-root user, on a read-only root filesystem, unable to gain privileges, with no capability. */
    static List<String> securityContexts(RenderedManifests manifests) {
        List<String> wrong = new ArrayList<>();
        for (RenderedManifests.Workload workload : manifests.workloads()) {
            Map<String, Object> pod = at(workload.pod(), "securityContext");
            for (Map<String, Object> container : workload.containers()) {
                Map<String, Object> own = at(container, "securityContext");
                String name = workload.containerName(container);
                if (!Boolean.TRUE.equals(own.getOrDefault("runAsNonRoot", pod.get("runAsNonRoot")))) {
                    wrong.add(name + ": runAsNonRoot is not true");
                }
                if (!Boolean.TRUE.equals(own.get("readOnlyRootFilesystem"))) {
                    wrong.add(name + ": readOnlyRootFilesystem is not true");
                }
                if (!Boolean.FALSE.equals(own.get("allowPrivilegeEscalation"))) {
                    wrong.add(name + ": allowPrivilegeEscalation is not false");
                }
                Object dropped = at(own, "capabilities").get("drop");
                if (!(dropped instanceof List<?> drop && drop.contains("ALL"))) {
                    wrong.add(name + ": capabilities do not drop ALL");
                }
            }
        }
        return wrong;
    }

    /**
     * The API's container: its probes ask the service's own paths on the port the service listens on,
     * and the management port is the service's and is named.
     */
    static List<String> probesAndPorts(RenderedManifests manifests, ServiceSettings service) {
        List<String> wrong = new ArrayList<>();
        Map<String, Object> container = apiContainer(manifests);
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (Map<String, Object> port : list(container, "ports")) {
            ports.put(String.valueOf(port.get("name")), ((Number) port.get("containerPort")).intValue());
        }
        if (!Objects.equals(ports.get("http"), service.port())) {
            wrong.add("the port named http is " + ports.get("http") + ", the service listens on " + service.port());
        }
        if (!Objects.equals(ports.get("management"), service.managementPort())) {
            wrong.add("the port named management is " + ports.get("management") + ", the service's management port is " + service.managementPort());
        }
        for (Map.Entry<String, String> probe : Map.of("startupProbe", service.livenessPath(), "livenessProbe", service.livenessPath(),
                "readinessProbe", service.readinessPath()).entrySet()) {
            Map<String, Object> get = at(container, probe.getKey(), "httpGet");
            if (!probe.getValue().equals(get.get("path"))) {
                wrong.add(probe.getKey() + " asks " + get.get("path") + ", not " + probe.getValue());
            }
            Object port = get.get("port");
            Integer number = port instanceof Number n ? Integer.valueOf(n.intValue()) : ports.get(String.valueOf(port));
            if (!Objects.equals(number, service.port())) {
                wrong.add(probe.getKey() + " asks port " + port + ", not the API's " + service.port());
            }
        }
        return wrong;
    }

    /** Every variable a container sets, from its env or a ConfigMap it takes whole, is one its program reads. */
    static List<String> environment(RenderedManifests manifests, ServiceSettings service) {
        List<String> wrong = new ArrayList<>();
        for (RenderedManifests.Workload workload : manifests.workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                boolean migrations = String.valueOf(container.get("image")).contains("migrations");
                for (String variable : variables(manifests, container)) {
                    boolean read = JVM_VARIABLES.contains(variable)
                            || (migrations ? MIGRATIONS_VARIABLES.contains(variable) : service.readsVariable(variable));
                    if (!read) {
                        wrong.add(workload.containerName(container) + ": " + variable + " is no setting its program reads");
                    }
                }
            }
        }
        return wrong;
    }

    /**
     * No secret value is in the manifests: no Secret object, no ConfigMap key or literal variable
     * named like a secret; those come from a Secret made beside the manifests.
     */
    static List<String> noSecretValues(RenderedManifests manifests) {
        List<String> wrong = new ArrayList<>();
        manifests.ofKind("Secret").forEach(secret -> wrong.add("Secret/" + RenderedManifests.name(secret) + " holds values"));
        for (Map<String, Object> map : manifests.ofKind("ConfigMap")) {
            at(map, "data").keySet().stream().filter(key -> SECRET_NAME.matcher(key.toUpperCase(Locale.ROOT)).find())
                    .forEach(key -> wrong.add("ConfigMap/" + RenderedManifests.name(map) + " holds " + key));
        }
        for (RenderedManifests.Workload workload : manifests.workloads()) {
            for (Map<String, Object> container : workload.containers()) {
                for (Map<String, Object> variable : list(container, "env")) {
                    String name = String.valueOf(variable.get("name"));
                    if (SECRET_NAME.matcher(name).find() && (variable.containsKey("value") || at(variable, "valueFrom", "secretKeyRef").isEmpty())) {
                        wrong.add(workload.containerName(container) + ": " + name + " is not taken from a Secret");
                    }
                }
            }
        }
        return wrong;
    }

    /** The API's memory limit holds what it was measured to need, and its request is no more than the limit. */
    static List<String> memory(RenderedManifests manifests, int measuredResidentMegabytes) {
        List<String> wrong = new ArrayList<>();
        Map<String, Object> resources = at(apiContainer(manifests), "resources");
        long limit = mebibytes(at(resources, "limits").get("memory"));
        long request = mebibytes(at(resources, "requests").get("memory"));
        if (limit <= measuredResidentMegabytes) {
            wrong.add("the memory limit (" + limit + " MiB) is not above the resident memory measured under load (" + measuredResidentMegabytes + " MiB)");
        }
        if (request <= 0 || request > limit) {
            wrong.add("the memory request (" + request + " MiB) is not between 0 and the limit");
        }
        return wrong;
    }

    /**
     * What production needs beyond the rest: two replicas at least, kept through drains and spread
     * over nodes; images pinned by digest; a shutdown that lets requests in flight finish; and the
     * roles apart: the API connects with other credentials than the migration, and never migrates.
     */
    static List<String> production(RenderedManifests manifests, ServiceSettings service) {
        List<String> wrong = new ArrayList<>();
        Map<String, Object> deployment = manifests.one("Deployment");
        if (((Number) at(deployment, "spec").getOrDefault("replicas", 1)).intValue() < 2) {
            wrong.add("fewer than two replicas");
        }
        if (((Number) at(manifests.one("HorizontalPodAutoscaler"), "spec").getOrDefault("minReplicas", 1)).intValue() < 2) {
            wrong.add("the autoscaler may go below two replicas");
        }
        if (manifests.ofKind("PodDisruptionBudget").isEmpty()) {
            wrong.add("no PodDisruptionBudget");
        }
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        if (list(pod, "topologySpreadConstraints").stream().noneMatch(spread -> "kubernetes.io/hostname".equals(spread.get("topologyKey")))) {
            wrong.add("replicas are not spread over nodes");
        }
        for (RenderedManifests.Workload workload : manifests.workloads()) {
            workload.containers().stream().filter(container -> !String.valueOf(container.get("image")).contains("@sha256:"))
                    .forEach(container -> wrong.add(workload.containerName(container) + ": image not pinned by digest"));
        }
        Map<String, Object> api = apiContainer(manifests);
        List<?> preStop = (List<?>) at(api, "lifecycle", "preStop", "exec").getOrDefault("command", List.of());
        long pause = preStop.stream().map(String::valueOf).filter(word -> SLEEP.matcher(word).matches()).mapToLong(Long::parseLong).sum();
        long grace = ((Number) pod.getOrDefault("terminationGracePeriodSeconds", 30)).longValue();
        if (pause <= 0) {
            wrong.add("no preStop pause: a terminating pod would drop requests still routed to it");
        }
        if (grace < pause + service.shutdownSeconds()) {
            wrong.add("terminationGracePeriodSeconds " + grace + " is shorter than the preStop pause (" + pause
                    + " s) and the graceful shutdown (" + service.shutdownSeconds() + " s)");
        }
        if (!"false".equals(literal(api, "SPRING_LIQUIBASE_ENABLED"))) {
            wrong.add("the API migrates at start (SPRING_LIQUIBASE_ENABLED is not false), with the credentials it serves with");
        }
        String apiSecret = secretOf(api, "SPRING_DATASOURCE_USERNAME");
        for (Map<String, Object> job : manifests.ofKind("Job")) {
            for (Map<String, Object> container : list(at(job, "spec", "template", "spec"), "containers")) {
                if (Objects.equals(secretOf(container, "LIQUIBASE_COMMAND_USERNAME"), apiSecret)) {
                    wrong.add("the migration connects with the API's credentials (" + apiSecret + ")");
                }
            }
        }
        return wrong;
    }

    private static Map<String, Object> apiContainer(RenderedManifests manifests) {
        return list(at(manifests.one("Deployment"), "spec", "template", "spec"), "containers").stream()
                .filter(container -> "api".equals(container.get("name"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(manifests.source() + ": the Deployment has no container named api"));
    }

    private static List<String> variables(RenderedManifests manifests, Map<String, Object> container) {
        List<String> names = new ArrayList<>();
        list(container, "env").forEach(variable -> names.add(String.valueOf(variable.get("name"))));
        for (Map<String, Object> source : list(container, "envFrom")) {
            Object configMap = at(source, "configMapRef").get("name");
            manifests.ofKind("ConfigMap").stream().filter(map -> RenderedManifests.name(map).equals(configMap))
                    .forEach(map -> names.addAll(at(map, "data").keySet()));
        }
        return names;
    }

    private static String literal(Map<String, Object> container, String variable) {
        return list(container, "env").stream().filter(entry -> variable.equals(entry.get("name")))
                .map(entry -> String.valueOf(entry.get("value"))).findFirst().orElse(null);
    }

    private static String secretOf(Map<String, Object> container, String variable) {
        return list(container, "env").stream().filter(entry -> variable.equals(entry.get("name")))
                .map(entry -> String.valueOf(at(entry, "valueFrom", "secretKeyRef").get("name"))).findFirst().orElse(null);
    }

    /** A memory quantity in MiB, the unit the benchmark reports resident memory in. */
    private static long mebibytes(Object quantity) {
        Matcher matcher = MEMORY.matcher(String.valueOf(quantity));
        if (!matcher.matches()) {
            return -1;
        }
        long value = Long.parseLong(matcher.group(1));
        return switch (Objects.toString(matcher.group(2), "")) {
            case "Mi" -> value;
            case "Gi" -> value * 1_024;
            case "M" -> value * 1_000_000 / 1_048_576;
            case "G" -> value * 1_000_000_000 / 1_048_576;
            default -> value / 1_048_576;
        };
    }
}
