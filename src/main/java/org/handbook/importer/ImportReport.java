package org.handbook.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import run found: how many occupations were read, mapped and skipped (with why), the
 * warnings (values kept as absent, each naming occupation and element) and, for an unusable file,
 * the reason nothing can be loaded.
 */
public final class ImportReport {

    private EditionHeader header;
    private int parsed;
    private final List<String> mapped = new ArrayList<>();
    private final List<ImportIssue> skipped = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private String fatal;

    void header(EditionHeader header) {
        this.header = header;
    }

    void parsed() {
        parsed++;
    }

    void mapped(String title) {
        mapped.add(title);
    }

    void skipped(ImportIssue problem) {
        skipped.add(problem);
    }

    void warn(ImportIssue warning) {
        warnings.add(warning);
    }

    void warnAll(List<ImportIssue> issues) {
        warnings.addAll(issues);
    }

    void fatal(String reason) {
        this.fatal = reason;
    }

    public EditionHeader header() {
        return header;
    }

    /** Occupations read from the file, mapped or not. */
    public int parsedCount() {
        return parsed;
    }

    public int mappedCount() {
        return mapped.size();
    }

    public int skippedCount() {
        return skipped.size();
    }

    /** The occupations left out, each with its reason. */
    public List<ImportIssue> skipped() {
        return List.copyOf(skipped);
    }

    public List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }

    /** Why the file cannot be used, or null when it can. */
    public String fatal() {
        return fatal;
    }

    /** The file was readable to its end and at least one profile came out of it. */
    public boolean usable() {
        return fatal == null && !mapped.isEmpty();
    }

    /** The summary printed at the end of a run. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        if (header != null) {
            out.append("Edition: ").append(header.publicationTitle() == null ? "(untitled)" : header.publicationTitle())
                    .append(", projections ").append(orUnknown(header.editionName()))
                    .append(", wages ").append(orUnknown(header.referencePeriod()))
                    .append(", updated ").append(header.lastUpdated() == null ? "unknown" : header.lastUpdated())
                    .append('\n');
        }
        out.append("Occupations read: ").append(parsed).append('\n');
        out.append("Profiles mapped: ").append(mapped.size()).append('\n');
        out.append("Skipped: ").append(skipped.size()).append('\n');
        skipped.forEach(problem -> out.append("  - ").append(problem).append('\n'));
        out.append("Warnings: ").append(warnings.size()).append('\n');
        warnings.forEach(warning -> out.append("  - ").append(warning).append('\n'));
        if (fatal != null) {
            out.append("Unusable file: ").append(fatal).append('\n');
        }
        return out.toString();
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
