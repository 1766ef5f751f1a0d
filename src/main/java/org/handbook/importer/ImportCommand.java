package org.handbook.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar handbook.jar import <file or URL> [--dry-run] [--spring.profiles.active=...]}: reads
 * BLS's XML compilation and loads it as a new edition into the configured database, or with
 * {@code --dry-run} only prints what an import would load. The file is read first, without Spring;
 * only a usable file starts a non-web application context (Flyway migrates first) to write it.
 */
public final class ImportCommand {

    /**
     * Opens the database an import writes to, usually {@link #startingApplication}. It is opened
     * while the file is read, so that the two overlap.
     */
    @FunctionalInterface
    public interface Loader {
        Target open(String[] settings);
    }

    /** An opened database: {@code writer} writes one edition, {@code close} releases it. */
    public record Target(Writer writer, Runnable close) {
    }

    @FunctionalInterface
    public interface Writer {
        EditionWriter.Outcome write(OohImport.Result result, String source, String contentHash);
    }

    /** The first program argument that selects this command. */
    public static final String NAME = "import";

    static final int OK = 0;
    static final int UNUSABLE = 1;
    static final int USAGE = 2;

    private static final int PROGRESS_EVERY = 25;
    private static final String USAGE_TEXT = """
            Usage: java -jar handbook.jar import <file or URL of xml-compilation.xml> [--dry-run] [--name=value...]
              Reads BLS's Occupational Outlook Handbook XML compilation and loads it into the configured
              database as a new edition, in one transaction, then reports the profiles loaded, skipped
              occupations and warnings. Importing the same file again changes nothing.
              --dry-run              read and report only; nothing is written
              --name=value           an application setting, e.g. --spring.profiles.active=postgres
                                     or --spring.profiles.active=file (H2 under handbook.data-dir)""";

    private final PrintStream out;
    private final PrintStream err;
    private final Loader loader;

    public ImportCommand(PrintStream out, PrintStream err, Loader loader) {
        this.out = out;
        this.err = err;
        this.loader = loader;
    }

    /** Runs the command on the arguments after "import" and returns the process exit code. */
    public int run(String... args) {
        List<String> sources = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            }
            else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                settings.add(arg);
            }
            else if (arg.startsWith("--")) {
                err.println("Unknown option " + arg);
                err.println(USAGE_TEXT);
                return USAGE;
            }
            else {
                sources.add(arg);
            }
        }
        if (sources.size() != 1) {
            err.println("Name one file or URL.");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String source = sources.get(0);
        long started = System.nanoTime();
        CompletableFuture<Target> opening = dryRun ? null : openInBackground(settings.toArray(String[]::new));
        try {
            return importFrom(source, dryRun, started, opening);
        }
        finally {
            if (opening != null) {
                close(opening);
            }
        }
    }

    private int importFrom(String source, boolean dryRun, long started, CompletableFuture<Target> opening) {
        OohImport.Result result;
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(open(source), digest)) {
            result = new OohImport().run(in, count -> {
                if (count % PROGRESS_EVERY == 0) {
                    err.println("... " + count + " occupations read");
                }
            });
            if (result.report().usable()) {
                // The hash is the whole file's, as sha256sum gives it, whatever follows the root element
                // (the parser closes the stream of a file it cannot read).
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        catch (IOException | InterruptedException ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            err.println("Cannot read " + source + ": " + describe(ex));
            return UNUSABLE;
        }
        out.print(result.report().summary());
        if (!result.report().usable()) {
            out.println("Nothing was written.");
            err.println(result.report().fatal() != null ? "The file cannot be used."
                    : "The file holds no profile that can be loaded.");
            return UNUSABLE;
        }
        if (dryRun) {
            out.println("Dry run: nothing was written (" + millisSince(started) + " ms).");
            return OK;
        }
        err.println("... " + result.profiles().size() + " profiles read in " + millisSince(started)
                + " ms; writing edition " + result.header().editionName());
        Target target;
        try {
            target = opening.join();
        }
        catch (RuntimeException ex) {
            err.println("Cannot open the database: " + rootMessage(ex));
            return UNUSABLE;
        }
        err.println("... database ready in " + millisSince(started) + " ms since the start");
        EditionWriter.Outcome outcome;
        long writing = System.nanoTime();
        try {
            outcome = target.writer().write(result, source, HexFormat.of().formatHex(digest.digest()));
        }
        catch (RuntimeException ex) {
            err.println("The import failed and was rolled back; the database is unchanged: " + rootMessage(ex));
            return UNUSABLE;
        }
        err.println("... written in " + millisSince(writing) + " ms");
        out.println("Loaded: " + outcome.occupations() + " profiles, " + outcome.partial()
                + " occupations known only from similar-occupations tables, " + outcome.groups() + " new groups");
        out.println("Not kept: " + outcome.notes().size());
        outcome.notes().forEach(note -> out.println("  - " + note));
        out.println(outcome.message() + " (" + millisSince(started) + " ms)");
        return outcome.status() == EditionWriter.Status.REFUSED ? UNUSABLE : OK;
    }

    /** Opens the target on a thread of its own, with this thread's class loader (the jar's). */
    private CompletableFuture<Target> openInBackground(String[] settings) {
        CompletableFuture<Target> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(loader.open(settings));
            }
            catch (RuntimeException | Error ex) {
                opening.completeExceptionally(ex);
            }
        }, "import-database");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    private static void close(CompletableFuture<Target> opening) {
        try {
            opening.join().close().run();
        }
        catch (RuntimeException failedToOpen) {
            // Nothing was opened, so there is nothing to close; the failure was reported if it mattered.
        }
    }

    /**
     * Starts the application from its Spring Boot configuration, which the caller names so that this
     * package need not know the application's own class, without a web server; beans are created on
     * first use, so only the database, Flyway and the writer start (the import's start-up is most of
     * its time otherwise).
     */
    public static Loader startingApplication(Class<?> application) {
        return settings -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .lazyInitialization(true)
                    // The file named is what gets written; the shipped edition stays for the site's own start.
                    .properties("handbook.data-watch.interval=0", "handbook.bundled-edition.enabled=false")
                    .run(settings);
            EditionWriter writer = context.getBean(EditionWriter.class);
            return new Target(writer::write, context::close);
        };
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static InputStream open(String source) throws IOException, InterruptedException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofMinutes(5))
                    .header("User-Agent", "Handbook importer").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("the server answered HTTP " + response.statusCode());
            }
            return new BufferedInputStream(response.body());
        }
        return new BufferedInputStream(Files.newInputStream(Path.of(source)));
    }

    private static String describe(Exception ex) {
        if (ex instanceof NoSuchFileException) {
            return "no such file";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
