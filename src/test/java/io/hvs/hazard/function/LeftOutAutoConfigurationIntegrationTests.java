package io.hvs.hazard.function;

import org.junit.jupiter.api.Test;

import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartResolver;

import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configurations {@code FireHazardApplication} leaves out stay out: a start-up creates no beans for what
 * the function does not do (issue 7).
 */
class LeftOutAutoConfigurationIntegrationTests extends ServingIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void noHttpClientTlsMultipartSchedulingOrProxyCreatorBeans() {
        for (Class<?> type : new Class<?>[] { RestClient.Builder.class, RestTemplateBuilder.class, SslBundles.class,
                MultipartResolver.class, ThreadPoolTaskSchedulerBuilder.class }) {
            assertThat(this.context.getBeanNamesForType(type)).as("%s beans", type.getSimpleName()).isEmpty();
        }
        assertThat(this.context.containsBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME)).isFalse();
    }

}
