package org.handbook.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The tests' one HTTP client for a running test server. Requests carry exactly the headers given
 * (none asks for gzip unless a test does) and redirects are not followed, so tests see them.
 */
public final class SiteClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** Far above any answer's time; it only keeps a hung server from hanging the build. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String base;

    public SiteClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * The address the site gives itself in absolute links when no base URL is configured: localhost
     * and the port it listens on (a test server's random one).
     */
    public static String siteAddress(int port) {
        return "http://localhost:" + port;
    }

    /** Where requests go: {@code http://127.0.0.1:} and the port. */
    public String base() {
        return base;
    }

    /** GET with the headers given as name, value, name, value... */
    public Response get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    /** Any method without a body, with the headers given as name, value, name, value... */
    public Response send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page at the path, which must answer 200, parsed. */
    public Document page(String pathAndQuery) {
        return page(pathAndQuery, 200);
    }

    /** The page at the path, which must answer with the status given, parsed. */
    public Document page(String pathAndQuery, int status) {
        Response response = get(pathAndQuery);
        if (response.statusCode() != status) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ", not " + status);
        }
        return Jsoup.parse(response.body(), base + pathAndQuery);
    }

    /**
     * Sends the request as written, byte for byte, for what an HTTP client refuses to send: addresses
     * that {@link URI} cannot hold (bad percent-encoding, raw spaces), methods such as CONNECT, another
     * Host header. Header lines are written as given; a Host header is added unless one is among them.
     */
    public RawResponse raw(String method, String target, String... headerLines) {
        URI uri = URI.create(base);
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        if (Arrays.stream(headerLines).noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
            request.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        }
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new RawResponse(Integer.parseInt(answer.substring(9, 12)),
                    bodyStart < 0 ? answer : answer.substring(0, bodyStart),
                    bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET as a client that forged the Host and X-Forwarded-Host headers would send it. */
    public RawResponse getWithForgedHost(String pathAndQuery, String host) {
        return raw("GET", pathAndQuery, "Host: " + host, "X-Forwarded-Host: " + host);
    }

    /** An answer as it came: status, headers and the bytes of the body, compressed if the server compressed them. */
    public record Response(int statusCode, HttpHeaders headers, byte[] bytes) {

        /** The body as UTF-8 text. */
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body's bytes, unpacked when the server sent them with {@code Content-Encoding: gzip}. */
        public byte[] unzipped() {
            if (!header("Content-Encoding").orElse("").equals("gzip")) {
                return bytes;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An answer to {@link #raw}: the status, the head (status line and headers) and the body, as text. */
    public record RawResponse(int status, String head, String body) {
    }
}
