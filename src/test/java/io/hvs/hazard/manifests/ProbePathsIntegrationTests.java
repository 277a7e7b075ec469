package io.hvs.hazard.manifests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.knative.serving.v1.Service;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.FireHazardApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe paths of both deployments answer UP in the running app, serving the bundled mlruns with the default
 * configuration, as the image does.
 */
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ProbePathsIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void everyManifestProbePathAnswersUp() throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        Container knative = ManifestFiles.single(Service.class, "hvs-api").getSpec().getTemplate().getSpec()
            .getContainers().get(0);
        Container fallback = ManifestFiles.single(Deployment.class, "hvs-api-deployment").getSpec().getTemplate()
            .getSpec().getContainers().get(0);
        for (Container container : new Container[] { knative, fallback }) {
            for (Probe probe : new Probe[] { container.getReadinessProbe(), container.getLivenessProbe() }) {
                paths.add(probe.getHttpGet().getPath());
            }
        }
        assertThat(paths).hasSize(2);
        HttpClient client = HttpClient.newHttpClient();
        for (String path : paths) {
            // Readiness stays DOWN until the model is loaded and warmed up, so allow the start-up time.
            HttpResponse<String> response = getUntilOk(client, path, Duration.ofSeconds(60));
            assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(response.body()).path("status").asText()).as(path)
                .isEqualTo("UP");
        }
    }

    private HttpResponse<String> getUntilOk(HttpClient client, String path, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + this.port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 || System.nanoTime() > end) {
                return response;
            }
            Thread.sleep(100);
        }
    }

}
