package org.handbook.system;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may frame the embeddable views under {@code /embed/}.
 *
 * @param allowedOrigins the origins (scheme, host and optional port, such as
 *                       {@code https://portal.example.org}) whose pages may show an embed in a
 *                       frame; empty means any site may. Every other page may be framed only by
 *                       the site itself.
 */
@ConfigurationProperties("handbook.embed")
public record EmbedFramingProperties(@DefaultValue List<String> allowedOrigins) {

    /** An origin as CSP writes one; anything else could smuggle a directive into the policy. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    public EmbedFramingProperties {
        allowedOrigins = allowedOrigins.stream().map(String::strip)
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .toList();
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("handbook.embed.allowed-origins: '" + origin
                        + "' is not an origin such as https://portal.example.org");
            }
        }
    }

    /** The sources of CSP's frame-ancestors for an embed. */
    String embedFrameAncestors() {
        return allowedOrigins.isEmpty() ? "*" : String.join(" ", allowedOrigins);
    }
}
