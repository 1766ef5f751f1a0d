package org.handbook.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable inverted index of every occupation's title, names, duties and narrative, built in
 * Java from the database so that H2 and PostgreSQL answer alike. Words meet by their stem
 * ("nursing" finds nurses), by their beginning (three letters or more: "electr"), by the other
 * words of {@link SearchSynonyms} ("CPA", "doctor") and, when a word of five letters or more is in
 * no profile, by its spelling within one typo ("electrican"). An occupation matches when it holds
 * every word searched for.
 *
 * <p>Ranking: first the occupations whose title holds every word, then those whose other names do
 * (the names a profile gives its workers, see {@link OccupationNames}), then their duties, then
 * the rest of the text; within each, exact words before other forms, then the larger occupation
 * (for titles and names) or the profile that uses the words most (for the text), then the title.
 */
final class SearchIndex {

    /** Where a word stands in a profile; the order is the ranking's. */
    enum Field {
        TITLE, NAME, DUTIES, NARRATIVE;

        final int bit = 1 << ordinal();
    }

    /** A passage of a profile's text, and whether it describes the work (the What They Do tab). */
    record Passage(boolean describesWork, String leadName, String text) {
    }

    private static final int NO_MATCH = Field.values().length;
    private static final int[] FIELD_WEIGHT = {64, 32, 8, 1};
    private static final int EXACT = 3;
    private static final int OTHER_WORDS = 2;
    private static final int NEAR = 1;
    /** Uses of a word beyond this many say no more about what a profile is about. */
    private static final int MOST_COUNTED = 200;
    private static final int SHORTEST_PREFIX = 3;
    /** Suggestions start from the second letter typed. */
    private static final int SHORTEST_TYPED_PREFIX = 2;
    private static final int SHORTEST_MISSPELLED = 5;
    private static final int MOST_SUGGESTIONS = 3;

    private static final int SNIPPET_LEAD = 60;
    private static final int SNIPPET_LENGTH = 220;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

    /** Documents are held in this order, so that among equal matches a lower index is the earlier title. */
    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    /** An occupation as the index holds it; {@code names} are its title, then its other names, as words. */
    private record Document(CatalogEntry entry, List<List<String>> names, List<String> passages,
                            List<String> normalizedPassages) {
    }

    /** Which documents hold a stem, in which fields (bits of {@link Field}) and how often. */
    private record Posting(int[] documents, int[] fields, int[] counts) {
    }

    private final List<Document> documents;
    private final Map<String, Posting> postings;
    private final NavigableMap<String, String> stemByWord;
    private final SearchSynonyms synonyms;

    private SearchIndex(List<Document> documents, Map<String, Posting> postings,
                        NavigableMap<String, String> stemByWord, SearchSynonyms synonyms) {
        this.documents = documents;
        this.postings = postings;
        this.stemByWord = stemByWord;
        this.synonyms = synonyms;
    }

    /** Indexes each entry with its passages (tab summaries and narrative blocks, in reading order). */
    static SearchIndex build(List<CatalogEntry> unordered, Map<String, List<Passage>> passagesBySlug) {
        List<CatalogEntry> entries = unordered.stream().sorted(BY_TITLE).toList();
        List<Document> documents = new ArrayList<>(entries.size());
        Map<String, Map<Integer, int[]>> byStem = new HashMap<>();
        NavigableMap<String, String> stemByWord = new TreeMap<>();
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            CatalogEntry entry = entries.get(d);
            List<Passage> passages = passagesBySlug.getOrDefault(entry.slug(), List.of());
            List<String> passageTexts = passages.stream().map(Passage::text).toList();
            List<String> otherNames = new ArrayList<>();
            if (entry.otherName() != null) {
                otherNames.add(entry.otherName());
            }
            otherNames.addAll(OccupationNames.of(passages, entry.summaryDuties()));
            List<List<String>> names = new ArrayList<>();
            names.add(SearchWords.words(entry.title()));
            otherNames.forEach(name -> names.add(SearchWords.words(name)));
            documents.add(new Document(entry, List.copyOf(names), passageTexts,
                    passageTexts.stream().map(SearchWords::normalize).toList()));
            add(byStem, stemByWord, entry.title(), d, Field.TITLE);
            for (String name : otherNames) {
                add(byStem, stemByWord, name, d, Field.NAME);
            }
            add(byStem, stemByWord, entry.summaryDuties(), d, Field.DUTIES);
            for (String text : passageTexts) {
                add(byStem, stemByWord, text, d, Field.NARRATIVE);
            }
            texts.add(entry.summaryDuties());
            texts.addAll(passageTexts);
        }
        Map<String, Posting> postings = new HashMap<>();
        byStem.forEach((stem, byDocument) -> {
            int[] ids = byDocument.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            postings.put(stem, new Posting(ids, Arrays.stream(ids).map(d -> byDocument.get(d)[0]).toArray(),
                    Arrays.stream(ids).map(d -> byDocument.get(d)[1]).toArray()));
        });
        return new SearchIndex(List.copyOf(documents), Map.copyOf(postings), stemByWord, SearchSynonyms.build(texts));
    }

    private static void add(Map<String, Map<Integer, int[]>> byStem, Map<String, String> stemByWord, String text,
                            int document, Field field) {
        for (String word : SearchWords.words(text)) {
            String stem = stemByWord.computeIfAbsent(word, SearchWords::stem);
            int[] fieldsAndCount = byStem.computeIfAbsent(stem, s -> new HashMap<>())
                    .computeIfAbsent(document, d -> new int[2]);
            fieldsAndCount[0] |= field.bit;
            fieldsAndCount[1]++;
        }
    }

    /** The words of a query as the index reads them: lower case, without accents, in order, once each. */
    static List<String> terms(String query) {
        return List.copyOf(new LinkedHashSet<>(SearchWords.words(query)));
    }

    /** The matches of the query, best first: {@code limit} of them from the {@code offset}-th, and their count. */
    SearchResults search(String query, int offset, int limit) {
        List<String> words = terms(query);
        if (words.isEmpty()) {
            return SearchResults.NONE;
        }
        List<Term> terms = words.stream().map(this::term).toList();
        List<Hit> hits = hits(terms);
        Set<String> matched = matchedStems(terms);
        List<SearchResult> results = hits.stream().skip(offset).limit(limit).map(h -> result(h, matched)).toList();
        Map<String, String> respelled = new LinkedHashMap<>();
        terms.stream().filter(t -> t.respelled() != null).forEach(t -> respelled.put(t.word(), t.respelled()));
        return new SearchResults(words, hits.size(), offset, results, respelled,
                hits.isEmpty() ? suggestions(terms) : List.of());
    }

    /**
     * The occupations whose title or other names match what has been typed so far, the last word
     * taken as the beginning of a word: suggestions while typing. A scan of the names alone, without
     * the index's ranking: it answers on every key press, so it must be cheap.
     */
    List<CatalogEntry> suggest(String typed, int limit) {
        List<String> words = new ArrayList<>(terms(typed));
        if (words.size() > 1 && words.get(words.size() - 1).length() < SHORTEST_TYPED_PREFIX) {
            // A word just begun says too little to narrow by yet: "software d" suggests as "software".
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.get(words.size() - 1).length() < SHORTEST_TYPED_PREFIX) {
            return List.of();
        }
        String begun = words.remove(words.size() - 1);
        List<String> stems = words.stream().map(SearchWords::stem).toList();
        record Suggested(int document, boolean byTitle, long employment) {
        }
        List<Suggested> suggested = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<List<String>> names = documents.get(d).names();
            for (int i = 0; i < names.size(); i++) {
                if (namedBy(names.get(i), stems, begun)) {
                    Integer employment = documents.get(d).entry().quickFacts().employment();
                    suggested.add(new Suggested(d, i == 0, employment == null ? 0 : employment));
                    break;
                }
            }
        }
        return suggested.stream()
                .sorted(Comparator.comparing(Suggested::byTitle).reversed()
                        .thenComparing(Comparator.comparingLong(Suggested::employment).reversed())
                        .thenComparingInt(Suggested::document))
                .limit(limit).map(s -> documents.get(s.document()).entry()).toList();
    }

    /** Whether a name holds every whole word (by stem) and a word that begins as the last one typed. */
    private boolean namedBy(List<String> name, List<String> stems, String begun) {
        boolean begins = false;
        for (String word : name) {
            begins |= word.startsWith(begun);
        }
        if (!begins) {
            return false;
        }
        for (String stem : stems) {
            boolean found = false;
            for (String word : name) {
                found |= stem.equals(stemByWord.get(word));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** One way a document can hold a word searched for: all these stems, matched with this quality. */
    private record Alternative(List<String> stems, int quality) {
    }

    /** A word searched for, the ways it can match, and the word it was read as when it was misspelled. */
    private record Term(String word, List<Alternative> alternatives, String respelled) {
    }

    private Term term(String word) {
        List<Alternative> alternatives = new ArrayList<>();
        String stem = SearchWords.stem(word);
        if (postings.containsKey(stem)) {
            alternatives.add(new Alternative(List.of(stem), EXACT));
        }
        for (List<String> phrase : synonyms.of(word)) {
            List<String> stems = phrase.stream().map(SearchWords::stem).distinct().toList();
            if (!stems.isEmpty() && postings.keySet().containsAll(stems)) {
                alternatives.add(new Alternative(stems, OTHER_WORDS));
            }
        }
        if (word.length() >= SHORTEST_PREFIX) {
            Set<String> prefixed = new LinkedHashSet<>(
                    stemByWord.subMap(word, true, word + Character.MAX_VALUE, false).values());
            prefixed.remove(stem);
            prefixed.forEach(s -> alternatives.add(new Alternative(List.of(s), NEAR)));
        }
        String respelled = null;
        if (alternatives.isEmpty() && word.length() >= SHORTEST_MISSPELLED) {
            respelled = closestWord(word, 1);
            if (respelled != null) {
                alternatives.add(new Alternative(List.of(stemByWord.get(respelled)), NEAR));
            }
        }
        return new Term(word, List.copyOf(alternatives), respelled);
    }

    /**
     * The word of the index nearest to a word within {@code limit} edits: the fewest edits, then
     * the one that keeps more of the typed letters in place at its start and end ("electrican" is
     * "electrician" with a letter left out rather than "electrical" with one changed), then the
     * word the most profiles use, then the first in the alphabet. Null when there is none.
     */
    private String closestWord(String word, int limit) {
        String closest = null;
        int closestDistance = limit + 1;
        int closestKept = 0;
        int closestUse = 0;
        for (String candidate : stemByWord.keySet()) {
            if (Math.abs(candidate.length() - word.length()) > limit) {
                continue;
            }
            int distance = SearchWords.distance(word, candidate, limit);
            if (distance > limit) {
                continue;
            }
            int kept = keptAtEnds(word, candidate);
            int use = postings.get(stemByWord.get(candidate)).documents().length;
            if (distance < closestDistance || distance == closestDistance
                    && (kept > closestKept || kept == closestKept && use > closestUse)) {
                closest = candidate;
                closestDistance = distance;
                closestKept = kept;
                closestUse = use;
            }
        }
        return closest;
    }

    /** How many letters of the typed word the candidate has in place, counted from both ends. */
    private static int keptAtEnds(String typed, String candidate) {
        int shorter = Math.min(typed.length(), candidate.length());
        int start = 0;
        while (start < shorter && typed.charAt(start) == candidate.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < shorter - start
                && typed.charAt(typed.length() - 1 - end) == candidate.charAt(candidate.length() - 1 - end)) {
            end++;
        }
        return start + end;
    }

    /**
     * A matching document: the worst of its words' best fields; within that field, how well its
     * words match (field and exactness), then its weight: among titles and names that match
     * alike, the larger occupation (more people look for it: "mechanic" is first the automotive
     * one); among mentions in the text, the profile that uses the words most.
     */
    private record Hit(int document, int field, int score, long weight) {
    }

    private List<Hit> hits(List<Term> terms) {
        int n = documents.size();
        int[] field = new int[n];
        int[] score = new int[n];
        int[] uses = new int[n];
        for (Term term : terms) {
            TermMatch match = match(term);
            for (int d = 0; d < n; d++) {
                field[d] = Math.max(field[d], match.field[d]);
                if (match.field[d] < NO_MATCH) {
                    score[d] += FIELD_WEIGHT[match.field[d]] * match.quality[d];
                    uses[d] += Math.min(match.count[d], MOST_COUNTED);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (field[d] < NO_MATCH) {
                Integer employment = documents.get(d).entry().quickFacts().employment();
                hits.add(new Hit(d, field[d], score[d], field[d] <= Field.NAME.ordinal()
                        ? (employment == null ? 0 : employment) : uses[d]));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::field).thenComparing(Comparator.comparingInt(Hit::score).reversed())
                .thenComparing(Comparator.comparingLong(Hit::weight).reversed()).thenComparingInt(Hit::document));
        return hits;
    }

    /** Per document, the best way it holds one word searched for: its field, quality and count. */
    private record TermMatch(int[] field, int[] quality, int[] count) {
    }

    private TermMatch match(Term term) {
        int n = documents.size();
        TermMatch best = new TermMatch(new int[n], new int[n], new int[n]);
        Arrays.fill(best.field(), NO_MATCH);
        for (Alternative alternative : term.alternatives()) {
            if (alternative.stems().size() == 1) {
                Posting posting = postings.get(alternative.stems().get(0));
                for (int i = 0; i < posting.documents().length; i++) {
                    consider(best, posting.documents()[i], Integer.numberOfTrailingZeros(posting.fields()[i]),
                            alternative.quality(), posting.counts()[i]);
                }
                continue;
            }
            // A phrase holds where every one of its stems does: in the worst of their fields.
            int[] field = new int[n];
            int[] count = new int[n];
            int[] holding = new int[n];
            Arrays.fill(count, Integer.MAX_VALUE);
            for (String stem : alternative.stems()) {
                Posting posting = postings.get(stem);
                for (int i = 0; i < posting.documents().length; i++) {
                    int d = posting.documents()[i];
                    holding[d]++;
                    field[d] = Math.max(field[d], Integer.numberOfTrailingZeros(posting.fields()[i]));
                    count[d] = Math.min(count[d], posting.counts()[i]);
                }
            }
            for (int d = 0; d < n; d++) {
                if (holding[d] == alternative.stems().size()) {
                    consider(best, d, field[d], alternative.quality(), count[d]);
                }
            }
        }
        return best;
    }

    /** Keeps this way of matching for the document when it is better than the best so far. */
    private static void consider(TermMatch best, int document, int field, int quality, int count) {
        int bestField = best.field()[document];
        if (field < bestField || field == bestField && quality > best.quality()[document]) {
            best.field()[document] = field;
            best.quality()[document] = quality;
            best.count()[document] = count;
        } else if (field == bestField && quality == best.quality()[document]) {
            best.count()[document] = Math.max(best.count()[document], count);
        }
    }

    private static Set<String> matchedStems(List<Term> terms) {
        Set<String> stems = new HashSet<>();
        terms.forEach(t -> t.alternatives().forEach(a -> stems.addAll(a.stems())));
        return stems;
    }

    /**
     * For a search that found nothing: the query with its unknown words respelled (within two
     * edits) or left out, and, when every word is known but no occupation holds them all, each
     * word alone; each with how many occupations it finds.
     */
    private List<SearchResults.Suggestion> suggestions(List<Term> terms) {
        List<SearchResults.Suggestion> suggestions = new ArrayList<>();
        List<String> respelled = new ArrayList<>();
        boolean changed = false;
        for (Term term : terms) {
            if (term.alternatives().isEmpty()) {
                changed = true;
                String closest = term.word().length() >= 4 ? closestWord(term.word(), 2) : null;
                if (closest != null) {
                    respelled.add(closest);
                }
            } else {
                respelled.add(term.respelled() != null ? term.respelled() : term.word());
            }
        }
        if (changed && !respelled.isEmpty()) {
            suggestion(String.join(" ", respelled)).ifPresent(suggestions::add);
        }
        if (terms.size() > 1) {
            terms.stream().filter(t -> !t.alternatives().isEmpty())
                    .map(t -> t.respelled() != null ? t.respelled() : t.word())
                    .forEach(word -> suggestion(word).ifPresent(suggestions::add));
        }
        return suggestions.stream().distinct().limit(MOST_SUGGESTIONS).toList();
    }

    private Optional<SearchResults.Suggestion> suggestion(String query) {
        int total = hits(terms(query).stream().map(this::term).toList()).size();
        return total == 0 ? Optional.empty() : Optional.of(new SearchResults.Suggestion(query, total));
    }

    private SearchResult result(Hit hit, Set<String> matched) {
        Document document = documents.get(hit.document());
        return new SearchResult(document.entry(), mark(document.entry().title(), matched),
                snippet(bestPassage(document, matched), matched), hit.field() <= Field.NAME.ordinal());
    }

    /**
     * The duties, unless a narrative passage holds more of the stems matched. A stem is looked for
     * as a piece of the passage's text: cheap, and near enough to choose a passage to show.
     */
    private static String bestPassage(Document document, Set<String> matched) {
        String best = document.entry().summaryDuties();
        int most = containedStems(SearchWords.normalize(best), matched);
        for (int i = 0; i < document.passages().size(); i++) {
            int contained = containedStems(document.normalizedPassages().get(i), matched);
            if (contained > most) {
                most = contained;
                best = document.passages().get(i);
            }
        }
        return best;
    }

    private static int containedStems(String normalizedText, Set<String> stems) {
        int count = 0;
        for (String stem : stems) {
            if (normalizedText.contains(stem)) {
                count++;
            }
        }
        return count;
    }

    /** About {@value #SNIPPET_LENGTH} characters of the text around its first matched word. */
    private List<Fragment> snippet(String text, Set<String> matched) {
        if (text == null) {
            return List.of();
        }
        int first = -1;
        Matcher words = WORD.matcher(text);
        while (words.find() && first < 0) {
            if (matches(words.group(), matched)) {
                first = words.start();
            }
        }
        int start = first <= SNIPPET_LEAD ? 0 : wordStartAfter(text, first - SNIPPET_LEAD);
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<Fragment> fragments = new ArrayList<>();
        if (start > 0) {
            fragments.add(new Fragment("\u2026 ", false));
        }
        fragments.addAll(mark(text.substring(start, end), matched));
        if (end < text.length()) {
            fragments.add(new Fragment(" \u2026", false));
        }
        return fragments;
    }

    private static int wordStartAfter(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    /** The text cut into plain and marked pieces. */
    private List<Fragment> mark(String text, Set<String> matched) {
        if (text == null) {
            return List.of();
        }
        List<Fragment> fragments = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int plainFrom = 0;
        while (words.find()) {
            if (matches(words.group(), matched)) {
                if (words.start() > plainFrom) {
                    fragments.add(new Fragment(text.substring(plainFrom, words.start()), false));
                }
                fragments.add(new Fragment(words.group(), true));
                plainFrom = words.end();
            }
        }
        if (plainFrom < text.length()) {
            fragments.add(new Fragment(text.substring(plainFrom), false));
        }
        return fragments;
    }

    private boolean matches(String word, Set<String> matched) {
        for (String part : SearchWords.words(word)) {
            String stem = stemByWord.get(part);
            if (matched.contains(stem != null ? stem : SearchWords.stem(part))) {
                return true;
            }
        }
        return false;
    }
}
