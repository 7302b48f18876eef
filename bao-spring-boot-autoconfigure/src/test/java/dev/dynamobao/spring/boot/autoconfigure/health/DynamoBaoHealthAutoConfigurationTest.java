package dev.dynamobao.spring.boot.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class DynamoBaoHealthAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoHealthAutoConfiguration.class))
            .withUserConfiguration(BlogApplication.class)
            .withPropertyValues("dynamobao.check-table=false", "dynamobao.region=eu-west-1");

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    @Test
    void healthIndicator_isNamedDynamobao() {
        runner.run(context -> assertThat(context).hasSingleBean(DynamoBaoHealthIndicator.class)
                .hasBean("dynamobaoHealthIndicator"));
    }

    @Test
    void healthIndicator_whenDisabledByManagementProperty_isAbsent() {
        runner.withPropertyValues("management.health.dynamobao.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DynamoBaoHealthIndicator.class));
    }

    @Test
    void healthIndicator_whenHealthIsNotOnTheClassPath_isAbsent() {
        runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                        org.springframework.boot.health.contributor.HealthIndicator.class))
                .run(context -> assertThat(context).doesNotHaveBean(DynamoBaoHealthIndicator.class));
    }
}
