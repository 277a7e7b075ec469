package io.hvs.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the HVS hazard prediction function. Holds no beans: each package
 * configures itself.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FireHazardApplication {

    public static void main(String[] args) {
        SpringApplication.run(FireHazardApplication.class, args);
    }

}
