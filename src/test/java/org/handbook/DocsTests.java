package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What README.md and docs/ state that the code defines: the settings they name, the migrations, the
 * port of a local server, the files. An operator who follows a doc must not meet a setting that is
 * silently ignored or a file that is not there.
 */
class DocsTests {

    /** A Handbook setting; not the jar, a dump file or the example host, which share the prefix. */
    private static final Pattern SETTING = Pattern.compile(
            "(?<![\\w./-])handbook\\.(?!jar\\b|dump\\b|example\\b)[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*");
    private static final Pattern SETTING_IN_CODE = Pattern.compile("(?:\"|\\$\\{)(handbook\\.[a-z0-9.-]+)");
    private static final Pattern MIGRATION = Pattern.compile("`V(\\d+)(__[a-z0-9_]+\\.sql)?`");
    private static final Pattern LOCAL_SITE = Pattern.compile("https?://localhost:(\\d+)");
    private static final Pattern REPOSITORY_PATH = Pattern.compile("`((?:src|docs|bench|\\.ci)/[^`\\s<>{}*]*[^/`])`");
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:|#|mailto:)([^)#\\s]+)");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyHandbookSettingADocNamesIsOneTheCodeReads() throws IOException {
        Set<String> read = settingsTheCodeReads();
        assertThat(read).contains("handbook.site.base-url", "handbook.catalog.featured");
        docs().forEach((doc, text) -> {
            for (String setting : all(SETTING, text, 0)) {
                assertThat(read).as("%s names %s", doc, setting).contains(setting);
            }
        });
    }

    @Test
    void everyMigrationADocNamesExists() throws IOException {
        List<String> files;
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            files = migrations.map(path -> path.getFileName().toString()).toList();
        }
        docs().forEach((doc, text) -> {
            Matcher migration = MIGRATION.matcher(text);
            while (migration.find()) {
                String version = "V" + migration.group(1);
                String named = migration.group(2) == null ? version + "__" : version + migration.group(2);
                assertThat(files).as("%s names %s", doc, migration.group()).anyMatch(file -> file.startsWith(named));
            }
        });
    }

    @Test
    void aLocalServerInTheDocsListensOnTheDefaultPort() throws IOException {
        String port = applicationProperties().getProperty("server.port", "8080");
        docs().forEach((doc, text) -> {
            for (String named : all(LOCAL_SITE, text, 1)) {
                assertThat(named).as("a localhost address in %s", doc).isEqualTo(port);
            }
        });
    }

    @Test
    void filesAndLinksADocNamesExist() throws IOException {
        docs().forEach((doc, text) -> {
            for (String path : all(REPOSITORY_PATH, text, 1)) {
                assertThat(Path.of(path)).as("%s names %s", doc, path).exists();
            }
            for (String link : all(RELATIVE_LINK, text, 1)) {
                assertThat(doc.resolveSibling(link)).as("%s links to %s", doc, link).exists();
            }
        });
    }

    private static Map<Path, String> docs() throws IOException {
        Map<Path, String> docs = new TreeMap<>();
        docs.put(Path.of("README.md"), Files.readString(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            for (Path doc : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                docs.put(doc, Files.readString(doc));
            }
        }
        return docs;
    }

    /**
     * The keys of the application's properties files, the properties of its
     * {@code @ConfigurationProperties} records, and the settings its code names in a string.
     */
    private static Set<String> settingsTheCodeReads() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("application.*\\.properties")).toList()) {
                read.addAll(load(file).stringPropertyNames());
            }
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.handbook")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            for (RecordComponent component : type.getRecordComponents()) {
                read.add(prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                read.addAll(all(SETTING_IN_CODE, Files.readString(source), 1));
            }
        }
        return read;
    }

    private static Properties applicationProperties() {
        return load(Path.of("src/main/resources/application.properties"));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
