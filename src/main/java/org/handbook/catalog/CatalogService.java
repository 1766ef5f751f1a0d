package org.handbook.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.occupation.BlockKind;
import org.handbook.occupation.Edition;
import org.handbook.occupation.Occupation;
import org.handbook.occupation.OccupationGroup;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.Tab;
import org.handbook.system.DataChangedEvent;
import org.handbook.system.DataSnapshot;
import org.handbook.system.Figures;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Lists, searches, filters and compares occupations. It reads every occupation once into an
 * immutable in-memory snapshot (entries, groups and a search index), built on first use and
 * again after {@link #dataChanged()}: a catalog of a thousand occupations fits in a few
 * megabytes, and answering from memory keeps search and finder fast and identical on H2 and
 * PostgreSQL (see docs/decisions.md).
 */
@Service
public class CatalogService {

    /** How many search results a page shows. */
    public static final int SEARCH_PAGE_SIZE = 20;

    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    private final CatalogRepository repository;
    private final Figures figures;
    private final DataSnapshot<Snapshot> snapshot;

    CatalogService(CatalogRepository repository, Figures figures, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.figures = figures;
        this.snapshot = new DataSnapshot<>(transactionManager, this::load);
    }

    private record Snapshot(List<CatalogEntry> entries, Map<String, CatalogEntry> bySlug,
                            List<GroupSummary> groups, SearchIndex index, LocalDate lastModified,
                            CatalogEdition edition) {
    }

    /**
     * Drops the snapshot so that the next request reads the database again. Whatever changes the
     * occupations (an import, a new data version) calls this once it has committed.
     */
    public void dataChanged() {
        snapshot.drop();
    }

    @EventListener
    void onDataChanged(DataChangedEvent event) {
        dataChanged();
    }

    /** Every occupation, by title. */
    public List<CatalogEntry> all() {
        return snapshot().entries();
    }

    public Optional<CatalogEntry> find(String slug) {
        return Optional.ofNullable(snapshot().bySlug().get(slug));
    }

    /** Every group, in the Handbook's order, with its occupations (groups without any included). */
    public List<GroupSummary> groups() {
        return snapshot().groups();
    }

    public Optional<GroupSummary> group(String slug) {
        return groups().stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    /** The occupations matching the finder's filters, in its order. */
    public List<CatalogEntry> find(FinderQuery query) {
        return all().stream().filter(query::test).sorted(query.sort().comparator()).toList();
    }

    /** The finder's query the parameters describe, its group filter checked against the groups there are. */
    public FinderQuery.Parsed finderQuery(Map<String, List<String>> parameters) {
        return FinderQuery.parse(parameters, groups().stream().map(GroupSummary::slug).toList());
    }

    /** The occupations matching the finder's filters, and how many each choice of the form would leave. */
    public FinderResult finder(FinderQuery query) {
        List<GroupRef> groups = groups().stream().map(g -> new GroupRef(g.slug(), g.title())).toList();
        List<FinderResult.CountedFilter> filters = query.filters(groups).stream()
                .map(filter -> new FinderResult.CountedFilter(filter, filter.options().stream()
                        .map(option -> new FinderResult.CountedOption(option,
                                count(query.choosing(filter.name(), option.code()))))
                        .toList()))
                .toList();
        return new FinderResult(find(query), filters);
    }

    private int count(FinderQuery query) {
        return (int) all().stream().filter(query::test).count();
    }

    /** One page ({@value #SEARCH_PAGE_SIZE} results, the first page is 1) of a query's matches, best first. */
    public SearchResults search(String query, int page) {
        return snapshot().index().search(query, (page - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    }

    /** Up to {@code limit} occupations whose title or other names begin with what has been typed so far. */
    public List<CatalogEntry> suggest(String typed, int limit) {
        return snapshot().index().suggest(typed, limit);
    }

    /**
     * The occupations to compare, in the order asked for, once each; slugs of no occupation are
     * returned apart so the page can name them.
     */
    public Comparison compare(List<String> slugs) {
        List<CatalogEntry> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugs)) {
            CatalogEntry entry = snapshot().bySlug().get(slug);
            if (entry == null) {
                unknown.add(slug);
            } else {
                found.add(entry);
            }
        }
        return new Comparison(List.copyOf(found), List.copyOf(unknown));
    }

    public record Comparison(List<CatalogEntry> occupations, List<String> unknown) {
    }

    /**
     * The edition whose figures the catalog shows: the newest one any listed occupation belongs to
     * (a slug the newest edition lacks keeps its earlier row, but the lists are of the newest).
     * Null only when there is no occupation at all.
     */
    public CatalogEdition edition() {
        return snapshot().edition();
    }

    /** The latest modification date of any occupation, for the lastmod of pages that list them. */
    public LocalDate lastModified() {
        return snapshot().lastModified();
    }

    private Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot load() {
        List<Occupation> occupations = repository.findAllWithGroup();
        Map<Long, String> slugById = occupations.stream()
                .collect(Collectors.toMap(Occupation::getId, Occupation::getSlug));
        List<CatalogEntry> entries = occupations.stream().map(CatalogService::entry).sorted(BY_TITLE).toList();
        Map<String, CatalogEntry> bySlug = entries.stream()
                .collect(Collectors.toMap(CatalogEntry::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<SearchIndex.Passage>> passages = passages(slugById);
        LocalDate lastModified = entries.stream().map(CatalogEntry::lastModifiedDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Snapshot(entries, Map.copyOf(bySlug), groups(repository.findAllGroups(), entries),
                SearchIndex.build(entries, passages), lastModified, edition(occupations));
    }

    private CatalogEdition edition(List<Occupation> occupations) {
        return occupations.stream().map(Occupation::getEdition).max(Comparator.comparing(Edition::getId))
                .map(e -> new CatalogEdition(e.getCode(), figures.period(e.getBaseYear(), e.getProjectionYear()),
                        e.getReferencePeriod(), e.getBaseYear()))
                .orElse(null);
    }

    /**
     * Each occupation's tab summaries, then its narrative, tab by tab in BLS order; a paragraph's
     * bold lead name comes with it (the kinds of workers BLS names in What They Do).
     */
    private Map<String, List<SearchIndex.Passage>> passages(Map<Long, String> slugById) {
        record Ordered(long occupation, int order, SearchIndex.Passage passage) {
        }
        List<Ordered> all = new ArrayList<>();
        for (Object[] row : repository.findTabSummaryTexts()) {
            all.add(new Ordered((Long) row[0], order(row[1], row[2], 0),
                    new SearchIndex.Passage(row[1] == Tab.WHAT_THEY_DO, null, (String) row[3])));
        }
        for (Object[] row : repository.findNarrativeTexts()) {
            String leadName = row[4] == BlockKind.PARAGRAPH ? (String) row[5] : null;
            all.add(new Ordered((Long) row[0], order(row[1], row[2], 1),
                    new SearchIndex.Passage(row[1] == Tab.WHAT_THEY_DO, leadName, (String) row[3])));
        }
        all.sort(Comparator.comparingLong(Ordered::occupation).thenComparingInt(Ordered::order));
        Map<String, List<SearchIndex.Passage>> bySlug = new HashMap<>();
        for (Ordered passage : all) {
            bySlug.computeIfAbsent(slugById.get(passage.occupation()), s -> new ArrayList<>()).add(passage.passage());
        }
        return bySlug;
    }

    private static int order(Object tab, Object position, int part) {
        return part * 1_000_000 + ((Tab) tab).ordinal() * 10_000 + (Integer) position;
    }

    private static List<GroupSummary> groups(List<OccupationGroup> groups, List<CatalogEntry> entries) {
        Map<String, List<CatalogEntry>> byGroup = entries.stream()
                .collect(Collectors.groupingBy(e -> e.group().slug()));
        return groups.stream()
                .sorted(Comparator.comparingInt(OccupationGroup::getPosition).thenComparing(OccupationGroup::getSlug))
                .map(g -> new GroupSummary(g.getSlug(), g.getTitle(), byGroup.getOrDefault(g.getSlug(), List.of())))
                .toList();
    }

    private static CatalogEntry entry(Occupation o) {
        return new CatalogEntry(o.getSlug(), o.getTitle(), o.getOtherName(),
                new GroupRef(o.getGroup().getSlug(), o.getGroup().getTitle()), o.getSocCode(), o.isProfileLoaded(),
                o.getSummaryDuties(), QuickFacts.of(o), o.getWageP10Annual(), o.getWageP90Annual(),
                o.getOpeningsPerYear(), o.getSourceUrl(), o.getLastModifiedDate());
    }
}
