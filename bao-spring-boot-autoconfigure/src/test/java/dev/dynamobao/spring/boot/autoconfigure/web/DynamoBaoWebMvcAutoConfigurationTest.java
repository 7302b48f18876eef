package dev.dynamobao.spring.boot.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class DynamoBaoWebMvcAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoWebMvcAutoConfiguration.class))
            .withUserConfiguration(BlogApplication.class)
            .withPropertyValues("dynamobao.check-table=false", "dynamobao.region=eu-west-1");

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilter {
        static final UnitOfWorkFilter FILTER = new UnitOfWorkFilter(null, null, java.util.List.of());

        @Bean
        UnitOfWorkFilter myFilter() {
            return FILTER;
        }
    }

    @Test
    void servletApplication_getsTheUnitOfWorkFilterRegisteredForEveryRequest() {
        web.run(context -> {
            assertThat(context).hasSingleBean(UnitOfWorkFilter.class).hasSingleBean(HandlerFailureMarker.class);
            FilterRegistrationBean<?> registration = context.getBean("baoUnitOfWorkFilterRegistration", FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isSameAs(context.getBean(UnitOfWorkFilter.class));
            assertThat(registration.getOrder()).isZero();
        });
    }

    @Test
    void filterOrder_comesFromTheProperty() {
        web.withPropertyValues("dynamobao.web.unit-of-work.filter-order=-50").run(context ->
                assertThat(context.getBean("baoUnitOfWorkFilterRegistration", FilterRegistrationBean.class).getOrder())
                        .isEqualTo(-50));
    }

    @Test
    void unitOfWorkPerRequest_whenDisabledByProperty_isNotRegistered() {
        web.withPropertyValues("dynamobao.web.unit-of-work.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(UnitOfWorkFilter.class).doesNotHaveBean(HandlerFailureMarker.class));
    }

    @Test
    void nonWebApplication_getsNoFilter() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoWebMvcAutoConfiguration.class))
                .withUserConfiguration(BlogApplication.class)
                .withPropertyValues("dynamobao.check-table=false", "dynamobao.region=eu-west-1")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(UnitOfWorkFilter.class));
    }

    @Test
    void filter_whenApplicationDefinesOne_backsOffAndRegistersThatOne() {
        web.withUserConfiguration(OwnFilter.class).run(context -> {
            assertThat(context).hasSingleBean(UnitOfWorkFilter.class);
            assertThat(context.getBean("baoUnitOfWorkFilterRegistration", FilterRegistrationBean.class).getFilter())
                    .isSameAs(OwnFilter.FILTER);
        });
    }
}
