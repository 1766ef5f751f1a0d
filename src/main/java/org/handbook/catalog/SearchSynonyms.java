package org.handbook.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other words for a word searched for: the abbreviations the profiles spell out ("Certified
 * Public Accountant (CPA)": a search for CPA also looks for the words) and the everyday words of
 * {@value #EVERYDAY_WORDS} that the Handbook does not use for an occupation ("doctor" for
 * physician). A phrase is a list of normalized words that must all be found.
 */
final class SearchSynonyms {

    static final String EVERYDAY_WORDS = "search/everyday-words.txt";

    private static final Pattern ABBREVIATION = Pattern.compile("((?:[\\p{L}-]+,? ){1,8})\\(([A-Z]{2,6})s?\\)");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "or", "to", "a", "an", "&");

    private final Map<String, List<List<String>>> phrasesByWord;

    private SearchSynonyms(Map<String, List<List<String>>> phrasesByWord) {
        this.phrasesByWord = phrasesByWord;
    }

    /** The phrases that stand for a normalized word searched for, none when there is no other word for it. */
    List<List<String>> of(String word) {
        List<List<String>> phrases = phrasesByWord.get(word);
        return phrases != null ? phrases : phrasesByWord.getOrDefault(SearchWords.stem(word), List.of());
    }

    /** The abbreviations spelled out in the texts, with the everyday words. */
    static SearchSynonyms build(Iterable<String> texts) {
        Map<String, Map<List<String>, Integer>> spelledOut = new HashMap<>();
        for (String text : texts) {
            if (text == null || text.indexOf('(') < 0) {
                continue;
            }
            Matcher abbreviation = ABBREVIATION.matcher(text);
            while (abbreviation.find()) {
                List<String> phrase = spelledOut(abbreviation.group(1), abbreviation.group(2));
                if (!phrase.isEmpty()) {
                    spelledOut.computeIfAbsent(SearchWords.normalize(abbreviation.group(2)), a -> new HashMap<>())
                            .merge(phrase, 1, Integer::sum);
                }
            }
        }
        Map<String, List<List<String>>> phrasesByWord = new HashMap<>();
        spelledOut.forEach((abbreviation, phrases) -> phrasesByWord.put(abbreviation, List.of(phrases.entrySet()
                .stream().max(Map.Entry.<List<String>, Integer>comparingByValue()
                        .thenComparing(e -> String.join(" ", e.getKey())))
                .orElseThrow().getKey())));
        everydayWords().forEach((word, phrases) -> phrasesByWord.merge(word, phrases, (a, b) -> {
            List<List<String>> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        return new SearchSynonyms(Map.copyOf(phrasesByWord));
    }

    /**
     * The words before an abbreviation whose initials spell it, skipping small words
     * ("heating, ventilation, and air conditioning (HVAC)"), or none when they do not.
     */
    private static List<String> spelledOut(String before, String abbreviation) {
        List<String> words = SearchWords.words(before);
        List<String> phrase = new ArrayList<>();
        int letter = abbreviation.length() - 1;
        for (int i = words.size() - 1; i >= 0 && letter >= 0; i--) {
            String word = words.get(i);
            if (SMALL_WORDS.contains(word)) {
                continue;
            }
            if (word.charAt(0) != Character.toLowerCase(abbreviation.charAt(letter))) {
                return List.of();
            }
            phrase.add(0, word);
            letter--;
        }
        return letter < 0 ? List.copyOf(phrase) : List.of();
    }

    /** Lines of "word: phrase; other phrase"; '#' starts a comment. */
    private static Map<String, List<List<String>>> everydayWords() {
        Map<String, List<List<String>>> words = new LinkedHashMap<>();
        try (InputStream in = SearchSynonyms.class.getClassLoader().getResourceAsStream(EVERYDAY_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(EVERYDAY_WORDS + " is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = line.replaceFirst("#.*", "").strip();
                int colon = content.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                List<List<String>> phrases = new ArrayList<>();
                for (String phrase : content.substring(colon + 1).split(";")) {
                    if (!phrase.isBlank()) {
                        phrases.add(SearchWords.words(phrase));
                    }
                }
                words.put(SearchWords.stem(SearchWords.normalize(content.substring(0, colon).strip())), List.copyOf(phrases));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return words;
    }
}
