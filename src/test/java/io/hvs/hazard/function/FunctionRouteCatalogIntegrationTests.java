package io.hvs.hazard.function;

import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.ConfigurableApplicationContext;

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
    private ConfigurableApplicationContext context;

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
    void scfsJsonMapperIsOursWithBootsModulesAndWithoutJodaTime() {
        RootBeanDefinition definition = (RootBeanDefinition) this.context.getBeanFactory()
            .getMergedBeanDefinition("jsonMapper");
        assertThat(definition.getResolvedFactoryMethod().getDeclaringClass()).isEqualTo(FunctionConfiguration.class);
        assertThat(this.context.getBeanNamesForType(JsonMapper.class)).containsExactly("jsonMapper");

        ObjectMapper mapper = FunctionConfiguration.functionObjectMapper(this.context.getBean(ObjectMapper.class));
        assertThat(mapper.getRegisteredModuleIds()).contains("jackson-datatype-jsr310")
            .noneMatch((id) -> id.toString().contains("joda"));
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(mapper.isEnabled(SerializationFeature.FAIL_ON_EMPTY_BEANS)).isFalse();
    }

    @Test
    void aFunctionMissingFromTheCatalogFailsTheLookup() {
        assertThatIllegalStateException().isThrownBy(() -> CatalogFunctions.lookup(this.catalog, "noSuchFunction"))
            .withMessageContaining("noSuchFunction");
    }

}
