package org.handbook.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the JSON API.
 *
 * @param corsAllowedOrigins origins whose pages may read the API from the browser ({@code GET}
 *                           and {@code HEAD} only); {@code *}, the default, lets any page read it
 */
@ConfigurationProperties("handbook.api")
public record ApiProperties(@DefaultValue("*") List<String> corsAllowedOrigins) {
}
