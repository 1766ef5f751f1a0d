package org.handbook.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable inverted index of every occupation's title, other name, duties and narrative,
 * built in Java from the database so that H2 and PostgreSQL answer alike. A word searched for
 * matches a word of the text that it begins (three letters or more) or equals (shorter words);
 * an occupation matches when it holds every word. Titles and other names rank first.
 */
final class SearchIndex {

    static final int TITLE = 1;
    static final int OTHER_NAME = 2;
    static final int DUTIES = 4;
    static final int NARRATIVE = 8;

    private static final int SNIPPET_LEAD = 60;
    private static final int SNIPPET_LENGTH = 220;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Documents are held in this order, so that among equal matches a lower index is the earlier title. */
    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    /** What the index holds of one occupation, in the order of {@code entries}. */
    record Document(CatalogEntry entry, List<String> passages, List<String> normalizedPassages) {
    }

    /** Which documents hold a word, and in which fields (bit mask of TITLE..NARRATIVE). */
    private record Posting(int[] documents, int[] fields) {
    }

    private final List<Document> documents;
    private final NavigableMap<String, Posting> postings;

    private SearchIndex(List<Document> documents, NavigableMap<String, Posting> postings) {
        this.documents = documents;
        this.postings = postings;
    }

    /** Indexes each entry with its narrative passages (tab summaries and blocks, in reading order). */
    static SearchIndex build(List<CatalogEntry> unordered, Map<String, List<String>> passagesBySlug) {
        List<CatalogEntry> entries = unordered.stream().sorted(BY_TITLE).toList();
        List<Document> documents = new ArrayList<>(entries.size());
        Map<String, Map<Integer, Integer>> fieldsByWord = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry entry = entries.get(i);
            List<String> passages = passagesBySlug.getOrDefault(entry.slug(), List.of());
            documents.add(new Document(entry, passages, passages.stream().map(SearchIndex::normalize).toList()));
            add(fieldsByWord, entry.title(), i, TITLE);
            add(fieldsByWord, entry.otherName(), i, OTHER_NAME);
            add(fieldsByWord, entry.summaryDuties(), i, DUTIES);
            for (String passage : passages) {
                add(fieldsByWord, passage, i, NARRATIVE);
            }
        }
        NavigableMap<String, Posting> postings = new TreeMap<>();
        fieldsByWord.forEach((word, fields) -> {
            int[] ids = fields.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            postings.put(word, new Posting(ids, Arrays.stream(ids).map(fields::get).toArray()));
        });
        return new SearchIndex(List.copyOf(documents), postings);
    }

    /** The words of a query as the index reads them: lower case, without accents, in order, once each. */
    static List<String> terms(String query) {
        return List.copyOf(new LinkedHashSet<>(words(query)));
    }

    /** The matches of the query, best first: {@code limit} of them from the {@code offset}-th, and their count. */
    SearchResults search(String query, int offset, int limit) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return SearchResults.NONE;
        }
        int[][] fieldsByTerm = new int[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            fieldsByTerm[t] = fieldsOf(terms.get(t));
        }
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            Hit hit = hit(d, fieldsByTerm);
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparing(Hit::titleMatch).reversed()
                .thenComparing(Comparator.comparingInt(Hit::score).reversed())
                .thenComparingInt(Hit::document));
        List<SearchResult> results = hits.stream().skip(offset).limit(limit).map(h -> result(h, terms)).toList();
        return new SearchResults(terms, hits.size(), offset, results);
    }

    private record Hit(int document, boolean titleMatch, int score) {
    }

    /** The fields of each document that hold the term, or 0 where none does. */
    private int[] fieldsOf(String term) {
        int[] fields = new int[documents.size()];
        Map<String, Posting> words = term.length() >= 3
                ? postings.subMap(term, true, term + Character.MAX_VALUE, false)
                : (postings.containsKey(term) ? Map.of(term, postings.get(term)) : Map.of());
        for (Posting posting : words.values()) {
            for (int i = 0; i < posting.documents().length; i++) {
                fields[posting.documents()[i]] |= posting.fields()[i];
            }
        }
        return fields;
    }

    private static Hit hit(int document, int[][] fieldsByTerm) {
        boolean titleMatch = true;
        int score = 0;
        for (int[] fields : fieldsByTerm) {
            int f = fields[document];
            if (f == 0) {
                return null;
            }
            titleMatch &= (f & (TITLE | OTHER_NAME)) != 0;
            score += ((f & TITLE) != 0 ? 16 : 0) + ((f & OTHER_NAME) != 0 ? 12 : 0)
                    + ((f & DUTIES) != 0 ? 4 : 0) + ((f & NARRATIVE) != 0 ? 1 : 0);
        }
        return new Hit(document, titleMatch, score);
    }

    private SearchResult result(Hit hit, List<String> terms) {
        Document document = documents.get(hit.document());
        return new SearchResult(document.entry(), mark(document.entry().title(), terms),
                snippet(bestPassage(document, terms), terms), hit.titleMatch());
    }

    /** The duties, unless a narrative passage holds more of the words searched for. */
    private static String bestPassage(Document document, List<String> terms) {
        String best = document.entry().summaryDuties();
        int most = containedTerms(normalize(best), terms);
        for (int i = 0; i < document.passages().size() && most < terms.size(); i++) {
            int contained = containedTerms(document.normalizedPassages().get(i), terms);
            if (contained > most) {
                most = contained;
                best = document.passages().get(i);
            }
        }
        return best;
    }

    private static int containedTerms(String normalizedText, List<String> terms) {
        int count = 0;
        for (String term : terms) {
            if (normalizedText.contains(term)) {
                count++;
            }
        }
        return count;
    }

    /** About {@value #SNIPPET_LENGTH} characters of the text around its first matched word. */
    private static List<Fragment> snippet(String text, List<String> terms) {
        if (text == null) {
            return List.of();
        }
        int first = -1;
        Matcher words = WORD.matcher(text);
        while (words.find() && first < 0) {
            if (matches(words.group(), terms)) {
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
        fragments.addAll(mark(text.substring(start, end), terms));
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
    static List<Fragment> mark(String text, List<String> terms) {
        if (text == null) {
            return List.of();
        }
        List<Fragment> fragments = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int plainFrom = 0;
        while (words.find()) {
            if (matches(words.group(), terms)) {
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

    private static boolean matches(String word, List<String> terms) {
        String normalized = normalize(word);
        if (isAsciiWord(normalized)) {
            return matchesTerm(normalized, terms);
        }
        for (String part : words(word)) {
            if (matchesTerm(part, terms)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesTerm(String part, List<String> terms) {
        for (String term : terms) {
            if (term.length() >= 3 ? part.startsWith(term) : part.equals(term)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Map<Integer, Integer>> fieldsByWord, String text, int document, int field) {
        for (String word : words(text)) {
            fieldsByWord.computeIfAbsent(word, w -> new HashMap<>()).merge(document, field, (a, b) -> a | b);
        }
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(normalize(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isAsciiWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Lower case, accents and apostrophes dropped: "Associate’s" reads "associates". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text.replace("'", "").toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").replace("'", "").replace("\u2019", "")
                .toLowerCase(Locale.ROOT);
    }
}
