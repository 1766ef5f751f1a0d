package org.handbook.embed;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.occupation.ProfileService;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.Slug;
import org.handbook.occupation.Tab;
import org.handbook.system.SiteAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * oEmbed 1.0 (https://oembed.com/) for the profile's pages: a tab's URL becomes the code that embeds
 * it, the Summary's URL the code that embeds the whole profile. Only URLs under the site's address
 * are ours; the request's Host header plays no part. Errors come as problem details.
 */
@RestController
class OEmbedController {

    static final long CACHE_AGE_SECONDS = 86_400;
    static final String PROVIDER_NAME = "Handbook";

    /** A profile or tab path: /{group}/{slug}/ or /{group}/{slug}/{tab}. */
    private static final Pattern PAGE = Pattern.compile("/(" + Slug.PATTERN + ")/(" + Slug.PATTERN + ")/(" + Slug.PATTERN + ")?");

    private final ProfileService profiles;
    private final EmbedLinks links;
    private final SiteAddress site;

    OEmbedController(ProfileService profiles, EmbedLinks links, SiteAddress site) {
        this.profiles = profiles;
        this.links = links;
        this.site = site;
    }

    @GetMapping(path = "/oembed", produces = MediaType.APPLICATION_JSON_VALUE)
    OEmbedResponse oembed(@RequestParam(required = false) String url,
                          @RequestParam(defaultValue = "json") String format,
                          @RequestParam(required = false) String maxwidth,
                          @RequestParam(required = false) String maxheight) {
        if (url == null || url.isBlank()) {
            throw new OEmbedException(HttpStatus.BAD_REQUEST, "The url parameter is required: the address of a profile or tab.");
        }
        if (!"json".equals(format)) {
            throw new OEmbedException(HttpStatus.NOT_IMPLEMENTED, "Only format=json is available.");
        }
        int width = Math.min(EmbedLinks.DEFAULT_WIDTH, bound("maxwidth", maxwidth));
        int height = Math.min(EmbedLinks.DEFAULT_HEIGHT, bound("maxheight", maxheight));
        Page page = page(url).orElseThrow(() -> new OEmbedException(HttpStatus.NOT_FOUND,
                "The url is not the address of a profile or tab of this site."));
        String title = page.tab().titled(page.profile().title());
        String html = links.snippet(links.shareEmbedUrl(page.profile(), page.tab()),
                links.frameTitle(page.profile(), page.tab()), width, height);
        return new OEmbedResponse("rich", "1.0", title,
                "Bureau of Labor Statistics, U.S. Department of Labor", page.profile().sourceUrl(),
                PROVIDER_NAME, site.absolute("/"), CACHE_AGE_SECONDS, html, width, height);
    }

    @ExceptionHandler(OEmbedException.class)
    ResponseEntity<ProblemDetail> problem(OEmbedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int bound(String name, String value) {
        if (value == null || value.isBlank()) {
            return Integer.MAX_VALUE;
        }
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) == 0) {
            throw new OEmbedException(HttpStatus.BAD_REQUEST,
                    "The " + name + " parameter must be a whole number of pixels above 0.");
        }
        return Integer.parseInt(digits);
    }

    /** The profile and tab a URL of ours names; empty for any other URL. */
    private Optional<Page> page(String url) {
        String base = site.absolute("/");
        if (!url.startsWith(base)) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher matcher = path == null ? null : PAGE.matcher(path);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        Optional<Tab> tab = Tab.fromPath(matcher.group(3) == null ? "" : matcher.group(3));
        return tab.flatMap(t -> profiles.findProfile(matcher.group(2))
                .filter(p -> p.group().slug().equals(matcher.group(1)))
                .filter(p -> t == Tab.SUMMARY || p.profileLoaded())
                .map(p -> new Page(p, t)));
    }

    private record Page(ProfileView profile, Tab tab) {
    }

    static class OEmbedException extends RuntimeException {

        private final HttpStatus status;

        OEmbedException(HttpStatus status, String detail) {
            super(detail);
            this.status = status;
        }
    }
}
