package io.hvs.hazard.function;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.RoutingFunction;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.messaging.Message;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.cloudevents.EventDataScorer;
import io.hvs.hazard.inference.HazardPredictor;
import io.hvs.hazard.inference.InferenceProperties;

/**
 * The {@code predict} function, its scoring core, the request guard in front of the function endpoints and the
 * request observation (metrics, correlation ids, summary log line) around them.
 */
@Configuration(proxyBeanMethods = false)
class FunctionConfiguration {

    /** The function's name in the catalog, hence its path. */
    static final String PREDICT = "predict";

    @Bean
    HazardRequestDecoder hazardRequestDecoder(InferenceProperties inference) {
        return new HazardRequestDecoder(inference.maxReadings(), inference.maxHistoryLength());
    }

    @Bean
    HazardScoringService hazardScoringService(HazardRequestDecoder decoder, HazardPredictor predictor) {
        return new HazardScoringService(decoder, predictor);
    }

    /** The scoring core as the CloudEvents handler sees it: one event's data in, the plain API's answer out. */
    @Bean
    EventDataScorer eventDataScorer(HazardScoringService scoring) {
        return scoring::score;
    }

    /**
     * Spring Cloud Function's JSON mapper (its message conversion), configured as SCF would: a copy of Boot's
     * {@code ObjectMapper} that ignores unknown properties and empty beans. Only without the Joda-Time module SCF
     * registers unconditionally: nothing here has Joda types, and loading them cost start-up time (issue 7): 99
     * classes of Java 5 bytecode, which Java 17's class-data archive cannot hold and the old verifier checks, and
     * which is why the main thread once waited for TensorFlow's library load to get {@code libverify} loaded.
     */
    @Bean
    JsonMapper jsonMapper(ObjectMapper objectMapper) {
        return new JacksonMapper(functionObjectMapper(objectMapper));
    }

    static ObjectMapper functionObjectMapper(ObjectMapper boots) {
        return boots.copy()
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Bean name = function name = path: {@code POST /predict} (and {@code POST /} while it is the only one). */
    @Bean
    Function<Message<byte[]>, Message<byte[]>> predict(HazardScoringService scoring, ObjectMapper objectMapper) {
        return new PredictHazardFunction(scoring, objectMapper);
    }

    /**
     * Plain JSON to {@code predict} without SCF's per-request conversions (see {@link FunctionRouteMapping}). The
     * function comes from SCF's catalog, so SCF stays the registry: what the route serves is what SCF would.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FunctionRouteMapping functionRouteMapping(FunctionCatalog catalog, BenchmarkProperties benchmark) {
        // Looked up once every singleton exists (the mapping resolves its routes then): asked earlier, while
        // beans are still being created, the catalog can miss the function.
        FunctionRoute route = new FunctionRoute(() -> CatalogFunctions.lookup(catalog, PREDICT));
        Map<String, FunctionRoute> routes = new HashMap<>();
        routes.put("/", route);
        routes.put("/" + PREDICT, route);
        if (benchmark.baselineEndpoint()) {
            routes.put(BaselineFunction.PATH, new FunctionRoute(new BaselineFunction()));
        }
        return new FunctionRouteMapping(routes);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<FunctionRequestFilter> functionRequestFilter(FunctionCatalog catalog,
            ObjectProvider<PathMappedEndpoints> actuator, HttpProperties http, BenchmarkProperties benchmark,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        Supplier<Set<String>> functions = SingletonSupplier.of(() -> {
            Set<String> paths = functionPaths(catalog);
            if (benchmark.baselineEndpoint()) {
                paths.add(BaselineFunction.PATH);
            }
            return paths;
        });
        Supplier<Set<String>> endpoints = SingletonSupplier.of(() -> actuatorPaths(actuator.getIfAvailable()));
        FilterRegistrationBean<FunctionRequestFilter> registration = new FilterRegistrationBean<>(
                new FunctionRequestFilter(functions, endpoints, http.maxBodySize().toBytes(), resolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** The path of every exposed actuator endpoint (their sub-paths included, the base path only exactly). */
    private static Set<String> actuatorPaths(PathMappedEndpoints endpoints) {
        return (endpoints != null) ? new TreeSet<>(endpoints.getAllPaths()) : Set.of();
    }

    @Bean
    FilterRegistrationBean<RequestObservationFilter> requestObservationFilter(FunctionCatalog catalog,
            MeterRegistry registry) {
        RequestMetrics metrics = new RequestMetrics(registry, SingletonSupplier.of(() -> functionPaths(catalog)));
        FilterRegistrationBean<RequestObservationFilter> registration = new FilterRegistrationBean<>(
                new RequestObservationFilter(metrics));
        // Outside the request guard, so its rejections are counted and logged with the request id too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    /** "/" and "/<name>" of every exported function; the router stays unexposed (it routes by header). */
    private static Set<String> functionPaths(FunctionCatalog catalog) {
        Set<String> paths = new TreeSet<>();
        paths.add("/");
        for (String name : catalog.getNames(Function.class)) {
            if (!RoutingFunction.FUNCTION_NAME.equals(name)) {
                paths.add("/" + name);
            }
        }
        return paths;
    }

}
