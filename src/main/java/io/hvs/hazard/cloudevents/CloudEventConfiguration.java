package io.hvs.hazard.cloudevents;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.HazardResponseWriter;

/**
 * Wires CloudEvents in and out. Needs an {@link EventDataScorer} and the plain API's {@link HazardRequestDecoder}
 * (the function package provides both).
 */
@Configuration(proxyBeanMethods = false)
class CloudEventConfiguration {

    @Bean
    CloudEventController cloudEventController(HazardRequestDecoder dataDecoder, EventDataScorer scorer,
            ObjectMapper objectMapper, CloudEventProperties properties) {
        ObjectMapper eventJson = CloudEventJson.mapper();
        return new CloudEventController(new CloudEventRequestDecoder(eventJson),
                new EventBatchScorer(dataDecoder, scorer), new HazardResponseWriter(objectMapper),
                new PredictionEventFactory(properties.replySource(), Clock.systemUTC()),
                new CloudEventReplyEncoder(eventJson));
    }

    @Bean
    CloudEventHandlerMapping cloudEventHandlerMapping(CloudEventController cloudEventController) {
        return new CloudEventHandlerMapping(cloudEventController);
    }

    @Bean
    FilterRegistrationBean<CloudEventHeaderGuardFilter> cloudEventHeaderGuardFilter() {
        FilterRegistrationBean<CloudEventHeaderGuardFilter> registration = new FilterRegistrationBean<>(
                new CloudEventHeaderGuardFilter());
        // Outermost, so no header written further in escapes the guard.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

}
