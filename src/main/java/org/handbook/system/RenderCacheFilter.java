package org.handbook.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching of pages, tabs and API answers, in front of the DispatcherServlet.
 *
 * <p>Every cacheable answer's validators come from the data version, the address and today's date
 * in the site's zone (citations show the visit date), never from the rendered bytes, so a
 * conditional request is answered 304 before anything is rendered or read from the database.
 * A 200 is rendered once per data version and day and then served from the {@link RenderCache}
 * (when that is on), which also keeps pages served while the database is away.
 */
final class RenderCacheFilter extends OncePerRequestFilter {

    /** What is rendered from the data; static files have their own caching, errors none. */
    private static final Set<String> CACHEABLE_TYPES = Set.of(
            "text/html", "application/json", "application/xml", "text/xml", "text/csv");
    private static final Set<String> STATIC_EXTENSIONS = Set.of(
            "css", "js", "mjs", "map", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico",
            "woff", "woff2", "ttf", "otf", "pdf");
    private static final List<String> EXCLUDED_PREFIXES = List.of("/actuator", "/error");
    /** Headers that belong to one exchange, not to the rendered answer. */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "content-length", "content-encoding", "content-type", "transfer-encoding", "date", "connection",
            "keep-alive", "etag", "last-modified", "cache-control");
    private static final int LONGEST_KEPT_ADDRESS = 2000;

    private final DataVersion dataVersion;
    private final SiteProperties site;
    private final HttpCacheProperties properties;
    private final RenderCache cache;

    RenderCacheFilter(DataVersion dataVersion, SiteProperties site, HttpCacheProperties properties,
            RenderCache cache) {
        this.dataVersion = dataVersion;
        this.site = site;
        this.properties = properties;
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
            return true;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (String prefix : EXCLUDED_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        int dot = path.lastIndexOf('.');
        return (dot > path.lastIndexOf('/') && STATIC_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT)))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataVersion.Snapshot version = dataVersion.current();
        LocalDate today = LocalDate.now(site.timeZone());
        String key = key(request, version, today);
        RenderCache.Entry kept = properties.renderCache() ? cache.get(key) : null;
        String etag = kept != null ? kept.etag() : "W/\"" + hash(key) + "\"";
        Instant lastModified = lastModified(version, today);

        if (notModified(request, etag, lastModified, kept != null)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            validators(response, etag, lastModified);
            return;
        }
        if (kept != null) {
            kept.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
            validators(response, etag, lastModified);
            send(request, response, kept);
            return;
        }
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (!cacheable(request, rendering)) {
            rendering.copyBodyToResponse();
            return;
        }
        validators(response, etag, lastModified);
        if (!properties.renderCache() || key.length() > LONGEST_KEPT_ADDRESS) {
            rendering.copyBodyToResponse();
            return;
        }
        RenderCache.Entry entry = RenderCache.Entry.of(etag, rendering.getContentType(), replayable(response),
                rendering.getContentAsByteArray());
        cache.put(key, entry);
        send(request, response, entry);
    }

    /** Only a 200 of a rendered type whose handler left caching to us, with no cookie, is kept. */
    private static boolean cacheable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
        if (rendering.getStatus() != HttpStatus.OK.value() || request.isAsyncStarted()
                || rendering.containsHeader(HttpHeaders.CACHE_CONTROL)
                || rendering.containsHeader(HttpHeaders.SET_COOKIE)
                || rendering.getContentType() == null) {
            return false;
        }
        String type = rendering.getContentType().toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        return CACHEABLE_TYPES.contains((semicolon < 0 ? type : type.substring(0, semicolon)).strip());
    }

    /**
     * The answer depends on the data, the day, the address and (for CORS) the caller's origin:
     * nothing else of the request reaches a page or an API answer.
     */
    private static String key(HttpServletRequest request, DataVersion.Snapshot version, LocalDate today) {
        String query = request.getQueryString();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return version.token() + '|' + today + '|' + (origin == null ? "" : origin) + '|'
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The data's install time, or the start of today when later: the visit date changed then. */
    private Instant lastModified(DataVersion.Snapshot version, LocalDate today) {
        Instant dayStart = today.atStartOfDay(site.timeZone()).toInstant();
        return dayStart.isAfter(version.installedOn()) ? dayStart : version.installedOn();
    }

    /**
     * If-None-Match decides when present (RFC 9110 13.2.2); If-Modified-Since is trusted only for
     * an address known to answer 200, so an address that fails is never answered 304.
     */
    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified, boolean known) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String opaque = etag.substring(2);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") && known || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        if (!known) {
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && lastModified.toEpochMilli() <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    /** The validators and caching rules; Vary keeps what the handler named (CORS: Origin). */
    private void validators(HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
        boolean varies = response.getHeaders(HttpHeaders.VARY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(name -> name.strip().equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
        if (!varies) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
    }

    private static List<Map.Entry<String, String>> replayable(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_REPLAYED.contains(lower) || SecurityHeadersFilter.NAMES.stream().anyMatch(name::equalsIgnoreCase)) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new SimpleImmutableEntry<>(name, value));
            }
        }
        return headers;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderCache.Entry entry)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(entry.contentType());
        boolean gzip = entry.gzipped() && acceptsGzip(request);
        byte[] body = gzip ? entry.stored() : entry.plain();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].strip().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static String hash(String key) {
        MessageDigest digest = DataVersion.sha256();
        return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
