package io.hvs.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.observation.web.client.HttpClientObservationsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.scheduling.ScheduledTasksObservabilityAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.ssl.SslHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.ssl.SslObservabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.reactive.ClientHttpConnectorAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import io.hvs.hazard.model.TensorflowRuntime;

/**
 * Entry point of the HVS hazard prediction function. Holds no beans: each package configures itself.
 * <p>
 * Left out: auto-configurations for what this function does not do, so a start-up does not create their beans
 * (issue 7): HTTP clients, TLS bundles (TLS ends at the Knative or cluster ingress), WebSocket, multipart uploads,
 * scheduled tasks, SQL initialisation, and the infrastructure proxy creator that only advises beans of those kinds.
 */
@SpringBootApplication(exclude = { AopAutoConfiguration.class, ClientHttpConnectorAutoConfiguration.class,
        HttpClientAutoConfiguration.class, HttpClientObservationsAutoConfiguration.class,
        MultipartAutoConfiguration.class, RestClientAutoConfiguration.class, RestTemplateAutoConfiguration.class,
        ScheduledTasksObservabilityAutoConfiguration.class, SqlInitializationAutoConfiguration.class,
        SslAutoConfiguration.class, SslHealthContributorAutoConfiguration.class,
        SslObservabilityAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        WebSocketServletAutoConfiguration.class })
@ConfigurationPropertiesScan
public class FireHazardApplication {

    public static void main(String[] args) {
        // Before any TensorFlow class exists: JavaCPP reads its settings once. Then the native library loads
        // while Spring starts, instead of after it, in the first model load.
        TensorflowRuntime.applyServingDefaults();
        TensorflowRuntime.loadNativesInBackground();
        SpringApplication.run(FireHazardApplication.class, args);
    }

}
