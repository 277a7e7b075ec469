package io.hvs.hazard.function;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.ApplicationContext;

import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The direct route serves the function Spring Cloud Function's catalog has under the name {@code predict}: SCF
 * stays the registry, the route skips only its per-call conversions (issue 7).
 */
class FunctionRouteCatalogIntegrationTests extends ServingIntegrationTest {

    @Autowired
    private FunctionCatalog catalog;

    @Autowired
    private FunctionRouteMapping mapping;

    @Autowired
    private ApplicationContext context;

    @Test
    void routesCallTheCatalogsPredictFunction() {
        FunctionInvocationWrapper wrapper = this.catalog.lookup(Function.class, "predict");
        assertThat(wrapper).isNotNull();
        Object predict = this.context.getBean("predict");
        assertThat(wrapper.getTarget()).isSameAs(predict);
        assertThat(this.mapping.route("/predict").function()).isSameAs(predict);
        assertThat(this.mapping.route("/").function()).isSameAs(predict);
    }

    @Test
    void aFunctionMissingFromTheCatalogFailsTheLookup() {
        assertThatIllegalStateException().isThrownBy(() -> CatalogFunctions.lookup(this.catalog, "noSuchFunction"))
            .withMessageContaining("noSuchFunction");
    }

}
