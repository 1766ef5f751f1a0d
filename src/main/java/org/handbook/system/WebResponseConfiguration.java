package org.handbook.system;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters every response passes, in this order: access log, security headers, allowed
 * methods, static Cache-Control, HTTP caching with the render cache. They run after Spring's
 * ForwardedHeaderFilter (so X-Forwarded-Proto decides HSTS) and before the DispatcherServlet
 * (so a 304 or a kept page costs no rendering).
 */
@Configuration(proxyBeanMethods = false)
class WebResponseConfiguration {

    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnProperty(name = "handbook.access-log.enabled", havingValue = "true")
    FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(new AccessLogFilter());
        registration.setOrder(FIRST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(EmbedFramingProperties framing) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(framing));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(FIRST + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AllowedMethodsFilter> allowedMethodsFilter() {
        FilterRegistrationBean<AllowedMethodsFilter> registration =
                new FilterRegistrationBean<>(new AllowedMethodsFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(FIRST + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaticCacheControlFilter> staticCacheControlFilter() {
        FilterRegistrationBean<StaticCacheControlFilter> registration =
                new FilterRegistrationBean<>(new StaticCacheControlFilter());
        registration.setOrder(FIRST + 3);
        return registration;
    }

    @Bean
    RenderCache renderCache(HttpCacheProperties properties) {
        return new RenderCache(properties.renderCacheSize().toBytes());
    }

    @Bean
    FilterRegistrationBean<RenderCacheFilter> renderCacheFilter(DataVersion dataVersion, SiteProperties site,
            HttpCacheProperties properties, RenderCache cache) {
        FilterRegistrationBean<RenderCacheFilter> registration = new FilterRegistrationBean<>(
                new RenderCacheFilter(dataVersion, site, properties, cache));
        registration.setOrder(FIRST + 4);
        return registration;
    }
}
