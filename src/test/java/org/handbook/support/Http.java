package org.handbook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP requests against the running test server, as a browser or a portal would make them. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /**
     * The address the site gives itself in absolute links when no base URL is configured: localhost
     * and the port it listens on (a test server's random one).
     */
    public static String siteAddress(int port) {
        return "http://localhost:" + port;
    }

    public static HttpResponse<String> get(int port, String pathAndQuery) {
        return get(port, pathAndQuery, Map.of());
    }

    public static HttpResponse<String> get(int port, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
