package com.abparts.machines.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Linters;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * deploy/, checked offline with no cluster: each overlay renders with kubectl's Kustomize, every
 * rendered object is valid against the Kubernetes API's schemas (kubernetes-models, from
 * it-tests/linters), and production says what the service needs as the service is (its ports,
 * probes, settings, memory, security context, shutdown, roles). Each check fails on a manifest
 * planted to break it. That the probes' paths answer on a started api.jar: {@code ApiJarIT}.
 */
class KubernetesManifestsTest {

    private static final ServiceSettings SERVICE = ServiceSettings.ofTheService();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void rendersEachOverlayIntoObjectsValidAgainstTheKubernetesSchemas(String overlay) throws Exception {
        RenderedManifests rendered = RenderedManifests.overlay(overlay);

        assertThat(rendered.objects()).extracting(object -> object.get("kind")).contains("Deployment", "Service", "ConfigMap",
                "Job", "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceAccount");
        Linters.Result validated = validate(rendered.yaml());
        assertThat(validated.exitCode()).as(validated.output()).isZero();
        assertThat(validated.output()).doesNotContain("invalid:", "no schema:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void runsEveryContainerUnprivilegedAndKeepsEverySecretOut(String overlay) throws Exception {
        RenderedManifests rendered = RenderedManifests.overlay(overlay);

        assertThat(ManifestChecks.securityContexts(rendered)).isEmpty();
        assertThat(ManifestChecks.noSecretValues(rendered)).isEmpty();
        assertThat(ManifestChecks.environment(rendered, SERVICE)).isEmpty();
        assertThat(ManifestChecks.probesAndPorts(rendered, SERVICE)).isEmpty();
    }

    @Test
    void givesProductionWhatTheServiceNeeds() throws Exception {
        RenderedManifests production = RenderedManifests.overlay("production");

        assertThat(ManifestChecks.production(production, SERVICE)).isEmpty();
        assertThat(ManifestChecks.memory(production, ServiceSettings.measuredResidentMemory())).isEmpty();
        assertThat(production.ofKind("ServiceMonitor")).as("the optional monitoring component, which production includes").hasSize(1);
        Map<String, Object> dashboard = production.ofKind("ConfigMap").stream()
                .filter(map -> RenderedManifests.name(map).equals("abparts-machines-dashboard")).findFirst().orElseThrow();
        assertThat(RenderedManifests.at(dashboard, "data").get("abparts-machines.json")).as("the compose dashboard, the same file")
                .isEqualTo(Files.readString(RenderedManifests.ROOT.resolve("deploy/components/monitoring/dashboards/abparts-machines.json")));
    }

    @Test
    void catchesAProbeOnAPathOrPortTheServiceDoesNotAnswer() throws Exception {
        assertThat(ManifestChecks.probesAndPorts(planted("wrong-probe-path.yaml"), SERVICE))
                .containsExactlyInAnyOrder("livenessProbe asks /healthz, not /livez", "readinessProbe asks port management, not the API's 8080");
    }

    @Test
    void catchesAContainerWithoutItsSecurityContext() throws Exception {
        assertThat(ManifestChecks.securityContexts(planted("missing-security-context.yaml"))).containsExactlyInAnyOrder(
                "Deployment/abparts-machines api: runAsNonRoot is not true",
                "Deployment/abparts-machines api: readOnlyRootFilesystem is not true",
                "Deployment/abparts-machines api: allowPrivilegeEscalation is not false",
                "Deployment/abparts-machines api: capabilities do not drop ALL");
    }

    @Test
    void catchesSecretValuesAndSettingsTheServiceDoesNotRead() throws Exception {
        RenderedManifests planted = planted("secret-values.yaml");

        assertThat(ManifestChecks.noSecretValues(planted)).containsExactlyInAnyOrder("Secret/abparts-machines-db-api holds values",
                "ConfigMap/abparts-machines holds ABPARTS_API_CURSOR_SECRET",
                "Deployment/abparts-machines api: SPRING_DATASOURCE_PASSWORD is not taken from a Secret");
        assertThat(ManifestChecks.environment(planted, SERVICE))
                .containsExactly("Deployment/abparts-machines api: SPRING_DATASOURCE_PASWORD is no setting its program reads");
    }

    @Test
    void catchesWhatProductionCannotRunOn() throws Exception {
        RenderedManifests planted = planted("not-for-production.yaml");

        assertThat(ManifestChecks.production(planted, SERVICE)).contains("fewer than two replicas",
                "the autoscaler may go below two replicas", "no PodDisruptionBudget", "replicas are not spread over nodes",
                "Deployment/abparts-machines api: image not pinned by digest",
                "no preStop pause: a terminating pod would drop requests still routed to it",
                "the API migrates at start (SPRING_LIQUIBASE_ENABLED is not false), with the credentials it serves with",
                "the migration connects with the API's credentials (abparts-machines-db-owner)");
        assertThat(ManifestChecks.memory(planted, 330)).containsExactly(
                "the memory limit (256 MiB) is not above the resident memory measured under load (330 MiB)");
    }

    @Test
    void catchesObjectsTheKubernetesApiWouldRefuse() throws Exception {
        Linters.Result validated = validate(Files.readString(plantedFile("schema-violations.yaml")));

        assertThat(validated.exitCode()).as(validated.output()).isNotZero();
        assertThat(validated.output()).contains("invalid: Deployment/abparts-machines", "invalid: Service/abparts-machines");
    }

    private static Linters.Result validate(String yaml) throws IOException, InterruptedException {
        Path node = Linters.node("kubernetes-models");
        Path file = Files.createTempFile("rendered", ".yaml");
        try {
            Files.writeString(file, yaml);
            return Linters.run(Linters.folder(), List.of(node.toString(), "validate-manifests.mjs", file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static RenderedManifests planted(String name) throws IOException, URISyntaxException {
        return RenderedManifests.file(plantedFile(name));
    }

    private static Path plantedFile(String name) throws URISyntaxException {
        return Path.of(KubernetesManifestsTest.class.getResource("/planted-manifests/" + name).toURI());
    }
}
