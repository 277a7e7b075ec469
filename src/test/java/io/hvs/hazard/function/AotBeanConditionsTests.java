package io.hvs.hazard.function;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image runs in Spring AOT mode (issue 7): bean conditions are evaluated once, by {@code spring-boot:process-aot}
 * at build time, and frozen into generated code. A condition on a runtime setting (a property, a profile, the
 * cloud platform) would then silently keep whatever the build machine had: the bean would be missing (or present)
 * whatever the pod's environment says. So the project's own classes may only use conditions whose answer is the
 * same at build time and at run time: the class path, the bean set and the application type.
 */
class AotBeanConditionsTests {

    private static final Set<Class<?>> FIXED_AT_BUILD_TIME = Set.of(ConditionalOnWebApplication.class,
            ConditionalOnClass.class, ConditionalOnBean.class, ConditionalOnMissingBean.class);

    @Test
    void projectBeansUseNoConditionOnRuntimeSettings() throws Exception {
        List<String> runtimeConditions = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : projectClasses()) {
            checked++;
            collect(type, type.getName(), runtimeConditions);
            for (Method method : type.getDeclaredMethods()) {
                collect(method, type.getName() + "." + method.getName(), runtimeConditions);
            }
        }
        assertThat(checked).as("classes scanned").isGreaterThan(100);
        assertThat(runtimeConditions).as("conditions evaluated at build time under AOT").isEmpty();
    }

    @Test
    void theCheckSeesAPropertyCondition() {
        List<String> found = new ArrayList<>();
        collect(WithPropertyCondition.class, "probe", found);
        assertThat(found).containsExactly("probe: @ConditionalOnProperty");
    }

    private static void collect(AnnotatedElement element, String where, List<String> found) {
        MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.DIRECT)
            .stream()
            .filter((annotation) -> annotation.getDistance() == 0 && isCondition(annotation)
                    && !FIXED_AT_BUILD_TIME.contains(annotation.getType()))
            .forEach((annotation) -> found.add(where + ": @" + annotation.getType().getSimpleName()));
    }

    private static boolean isCondition(MergedAnnotation<?> annotation) {
        return annotation.getType() == Conditional.class
                || MergedAnnotations.from(annotation.getType()).isPresent(Conditional.class);
    }

    private static List<Class<?>> projectClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*")));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("io.hvs.hazard")) {
            String name = definition.getBeanClassName();
            // Main classes only: AOT processes the application, not the tests' configurations, and not the code AOT
            // generated itself (Foo__BeanDefinitions; a stale one may outlive its source in a non-clean build).
            if (name.contains("__") || (ClassUtils.getDefaultClassLoader().getResource(ClassUtils.convertClassNameToResourcePath(name)
                    + ".class").getPath().contains("/test-classes/"))) {
                continue;
            }
            classes.add(ClassUtils.forName(name, ClassUtils.getDefaultClassLoader()));
        }
        return classes;
    }

    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("probe")
    static class WithPropertyCondition {

    }

}
