package org.handbook.importer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;

/**
 * One pass over the compilation: reads each occupation, maps it, and settles every profile's group and
 * slug. Nothing is written anywhere.
 *
 * <p>Addresses: a profile's group and slug come from the link in its own citation
 * ({@code https://www.bls.gov/ooh/{group}/{slug}.htm}). When the citation has none, they come from a
 * link another profile of the file makes to it under its exact title: a row of a Similar Occupations
 * table (the row's name is the title), or a link in the text whose {@code title} attribute is the
 * title; the first such link in file order wins. A profile with no address either way is skipped, as
 * is a second profile claiming an address already taken.
 */
public final class OohImport {

    /** Profiles, edition and report of one run; the profiles are in file order. */
    public record Result(EditionHeader header, List<ImportedProfile> profiles, ImportReport report) {

        /** The addresses of the profiles in this file (a similar occupation outside it stays a link to BLS). */
        public Set<ProfileRef> refs() {
            Set<ProfileRef> refs = new LinkedHashSet<>();
            profiles.forEach(profile -> refs.add(profile.ref()));
            return refs;
        }
    }

    /** Daemon threads: a mapping left running never keeps the JVM alive. */
    private static final ThreadFactory MAPPER_THREADS = task -> {
        Thread thread = new Thread(task, "import-mapper");
        thread.setDaemon(true);
        return thread;
    };

    private final ProfileMapper mapper = new ProfileMapper();

    /**
     * Reads the whole stream. {@code progress} hears the count of occupations read after each one. An
     * unusable file gives a result with no profiles and the reason in {@link ImportReport#fatal()}.
     *
     * <p>The file is read on this thread while its occupations are mapped on every core: parsing each
     * section's HTML is most of an import's time, and the bundled edition is loaded on start-up. The
     * results are taken in file order, so report and profiles are the same as read one by one.
     */
    public Result run(InputStream in, IntConsumer progress) {
        ImportReport report = new ImportReport();
        List<Future<ProfileMapper.Result>> mapping = new ArrayList<>();
        EditionHeader header = null;
        ExecutorService mappers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                MAPPER_THREADS);
        try (OohXmlReader reader = OohXmlReader.open(in)) {
            header = reader.header();
            report.header(header);
            reader.headerWarnings().forEach(report::warn);
            OccupationElement occupation;
            while ((occupation = reader.next()) != null) {
                OccupationElement read = occupation;
                mapping.add(mappers.submit(() -> mapper.map(read)));
                report.parsed();
                progress.accept(report.parsedCount());
            }
        }
        catch (ImportException ex) {
            mapping.forEach(result -> result.cancel(true));
            report.fatal(ex.getMessage());
            return new Result(header, List.of(), report);
        }
        finally {
            mappers.shutdown();
        }
        List<ImportedProfile> profiles = new ArrayList<>();
        Map<String, ProfileRef> namedLinks = new HashMap<>();
        for (Future<ProfileMapper.Result> mapped : mapping) {
            ProfileMapper.Result result = join(mapped);
            report.warnAll(result.warnings());
            if (result.profile() == null) {
                report.skipped(result.problem());
            }
            else {
                profiles.add(result.profile());
                result.namedLinks().forEach(namedLinks::putIfAbsent);
            }
        }
        List<ImportedProfile> settled = settleAddresses(profiles, namedLinks, report);
        settled.forEach(profile -> report.mapped(profile.title()));
        return new Result(header, List.copyOf(settled), report);
    }

    private static ProfileMapper.Result join(Future<ProfileMapper.Result> mapped) {
        try {
            return mapped.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while mapping occupations", ex);
        }
        catch (ExecutionException ex) {
            // ProfileMapper turns every failure of an occupation into a skipped result; this is a bug.
            throw new IllegalStateException(ex.getCause());
        }
    }

    private static List<ImportedProfile> settleAddresses(List<ImportedProfile> profiles,
            Map<String, ProfileRef> namedLinks, ImportReport report) {
        Map<ProfileRef, String> taken = new LinkedHashMap<>();
        List<ImportedProfile> settled = new ArrayList<>();
        for (ImportedProfile profile : profiles) {
            ImportedProfile addressed = profile.ref() != null ? profile : withRef(profile, namedLinks.get(profile.title()));
            if (addressed == null) {
                report.skipped(new ImportIssue(profile.title(), "citation", "no address: the citation has no "
                        + "https://www.bls.gov/ooh/{group}/{slug}.htm link and no other profile links to it by "
                        + "its title; occupation skipped"));
                continue;
            }
            String holder = taken.putIfAbsent(addressed.ref(), addressed.title());
            if (holder != null) {
                report.skipped(new ImportIssue(profile.title(), "citation", "its address /ooh/"
                        + addressed.ref().group() + "/" + addressed.ref().slug() + ".htm is already that of \""
                        + holder + "\"; occupation skipped"));
                continue;
            }
            settled.add(addressed);
        }
        return settled;
    }

    private static ImportedProfile withRef(ImportedProfile p, ProfileRef ref) {
        if (ref == null) {
            return null;
        }
        return new ImportedProfile(p.ordinal(), ref, p.title(), p.fullName(), p.pluralName(), p.pluralNoun(),
                p.singularTitle(), p.description(), p.occupationCode(), p.socCodes(), p.publishDate(), p.videoUrl(),
                ref.blsUrl(), p.quickFacts(), p.photo(), p.summaries(), p.blocks(), p.industryEmployment(),
                p.industryWages(), p.wageChart(), p.outlookChart(), p.projections(), p.similarOccupations(),
                p.stateAreaResources(), p.contacts(), p.onetLinks(), p.tables());
    }
}
