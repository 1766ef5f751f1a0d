package org.handbook.embed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 answer of type "rich", with the names the specification gives its fields. */
record OEmbedResponse(
        String type,
        String version,
        String title,
        @JsonProperty("author_name") String authorName,
        @JsonProperty("author_url") String authorUrl,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl,
        @JsonProperty("cache_age") long cacheAge,
        String html,
        int width,
        int height) {
}
