package org.handbook.api;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS for the API, and problem details for API errors that reach the servlet container's error page. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiProperties properties;

    ApiWebConfiguration(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/**")
                .allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD")
                .allowCredentials(false)
                .maxAge(3600);
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter() {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/error");
        return registration;
    }
}
