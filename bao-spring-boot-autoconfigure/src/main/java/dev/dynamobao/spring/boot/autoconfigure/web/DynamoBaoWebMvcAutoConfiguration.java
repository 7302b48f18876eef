package dev.dynamobao.spring.boot.autoconfigure.web;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A unit of work per Spring MVC request ({@link UnitOfWorkFilter}); off with
 * {@code dynamobao.web.unit-of-work.enabled=false}.
 */
@AutoConfiguration(after = DynamoBaoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(BaoEntityManagerFactory.class)
@ConditionalOnBooleanProperty(name = "dynamobao.web.unit-of-work.enabled", matchIfMissing = true)
public class DynamoBaoWebMvcAutoConfiguration {

    /** Creates the auto-configuration. */
    public DynamoBaoWebMvcAutoConfiguration() {
    }

    /** The filter opening the unit of work, registered for every request. */
    @Bean
    @ConditionalOnMissingBean
    public UnitOfWorkFilter baoUnitOfWorkFilter(BaoEntityManagerFactory factory, DynamoBaoProperties properties,
                                                ObjectProvider<UnitOfWorkObserver> observers) {
        return new UnitOfWorkFilter(factory, properties.getTenancy().getHeader(), observers.orderedStream().toList());
    }

    /** Registers {@link UnitOfWorkFilter} at {@code dynamobao.web.unit-of-work.filter-order}. */
    @Bean
    @ConditionalOnMissingBean(name = "baoUnitOfWorkFilterRegistration")
    public FilterRegistrationBean<UnitOfWorkFilter> baoUnitOfWorkFilterRegistration(UnitOfWorkFilter filter,
                                                                                    DynamoBaoProperties properties) {
        FilterRegistrationBean<UnitOfWorkFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(properties.getWeb().getUnitOfWork().getFilterOrder());
        registration.setName("baoUnitOfWorkFilter");
        return registration;
    }

    /** Notes a handler's exception so that the filter flushes nothing. */
    @Bean
    @ConditionalOnMissingBean
    public HandlerFailureMarker baoHandlerFailureMarker() {
        return new HandlerFailureMarker();
    }
}
