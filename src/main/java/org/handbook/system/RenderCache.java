package org.handbook.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered pages and API answers, kept in memory. Content changes only with the data version,
 * which is part of every key, so an entry is never stale: it is served until it falls out by
 * size or disuse. Bodies are kept gzipped (when worth it), so a hit does no compression.
 */
public class RenderCache {

    /** Bodies smaller than this are sent as they are, as Tomcat's compression would. */
    static final int GZIP_MIN_SIZE = 1024;

    private final Cache<String, Entry> entries;

    RenderCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> key.length() * 2 + entry.weight())
                .expireAfterAccess(Duration.ofDays(1))
                .build();
    }

    /**
     * One rendered answer. A body worth compressing is kept gzipped only: nearly every client
     * accepts gzip, and keeping the plain body too would take four times the memory (the few
     * others get it decompressed on each hit).
     *
     * @param etag the entity tag it was sent with, kept so that a hit needs no hashing
     * @param headers the headers the application set, to send again with every hit
     * @param stored the body, gzipped when {@code gzipped}
     */
    record Entry(String etag, String contentType, List<Map.Entry<String, String>> headers, byte[] stored,
                 boolean gzipped) {

        static Entry of(String etag, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
            boolean worthIt = body.length >= GZIP_MIN_SIZE;
            return new Entry(etag, contentType, List.copyOf(headers), worthIt ? gzip(body) : body, worthIt);
        }

        byte[] plain() {
            return gzipped ? gunzip(stored) : stored;
        }

        int weight() {
            return 256 + stored.length;
        }
    }

    Entry get(String key) {
        return entries.getIfPresent(key);
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** Forgets every rendered answer, for use after the data changed under the same version. */
    public void clear() {
        entries.invalidateAll();
    }

    /** How many answers are kept now. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new BestGzipOutputStream(out)) {
            gzip.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return gunzip.readAllBytes();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Compresses as well as gzip can: it happens once per page and data version. */
    private static final class BestGzipOutputStream extends GZIPOutputStream {

        BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
