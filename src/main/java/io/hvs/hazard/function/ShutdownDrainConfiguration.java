package io.hvs.hazard.function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The shutdown drain: one bean that is both the lifecycle step and the servlet filter. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ShutdownDrainConfiguration {

    @Bean
    ShutdownDrain shutdownDrain(ShutdownProperties properties) {
        return new ShutdownDrain(properties);
    }

    @Bean
    FilterRegistrationBean<ShutdownDrain> shutdownDrainFilter(ShutdownDrain drain) {
        FilterRegistrationBean<ShutdownDrain> registration = new FilterRegistrationBean<>(drain);
        // Outermost, so even rejected requests (413, 415) carry Connection: close while draining.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

}
