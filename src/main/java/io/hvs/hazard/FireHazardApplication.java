package io.hvs.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import io.hvs.hazard.model.TensorflowRuntime;

/**
 * Entry point of the HVS hazard prediction function. Holds no beans: each package
 * configures itself.
 */
@SpringBootApplication
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
