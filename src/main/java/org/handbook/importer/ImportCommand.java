package org.handbook.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar handbook.jar import <file or URL> --dry-run}: reads BLS's XML compilation and prints
 * what an import would load, without writing. Runs without Spring: nothing of the web application is
 * needed to read a file.
 */
public final class ImportCommand {

    /** The first program argument that selects this command. */
    public static final String NAME = "import";

    static final int OK = 0;
    static final int UNUSABLE = 1;
    static final int USAGE = 2;

    private static final int PROGRESS_EVERY = 25;
    private static final String USAGE_TEXT = """
            Usage: java -jar handbook.jar import <file or URL of xml-compilation.xml> --dry-run
              Reads BLS's Occupational Outlook Handbook XML compilation and reports the profiles,
              skipped occupations and warnings an import would produce. Nothing is written.
              --dry-run is required: loading into the database is not part of this version.""";

    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command on the arguments after "import" and returns the process exit code. */
    public int run(String... args) {
        List<String> sources = new ArrayList<>();
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
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
        if (sources.size() != 1 || !dryRun) {
            err.println(sources.size() != 1 ? "Name one file or URL." : "--dry-run is required.");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String source = sources.get(0);
        long started = System.nanoTime();
        OohImport.Result result;
        try (InputStream in = open(source)) {
            result = new OohImport().run(in, count -> {
                if (count % PROGRESS_EVERY == 0) {
                    err.println("... " + count + " occupations read");
                }
            });
        }
        catch (IOException | InterruptedException ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            err.println("Cannot read " + source + ": " + describe(ex));
            return UNUSABLE;
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        out.print(result.report().summary());
        out.println("Dry run: nothing was written (" + millis + " ms).");
        if (!result.report().usable()) {
            err.println(result.report().fatal() != null ? "The file cannot be used."
                    : "The file holds no profile that can be loaded.");
            return UNUSABLE;
        }
        return OK;
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
