package org.handbook.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How search reads text, the same for the index and for a query: words in lower case without
 * accents or apostrophes, and each word's stem, so that "nursing", "nurses" and "nurse" meet.
 */
final class SearchWords {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
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

    /** The normalized words of a text, in order. */
    static List<String> words(String text) {
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

    /**
     * Snowball's English stem of a normalized word (Porter's second algorithm: "electricians" and
     * "electrician" give "electrician", "pharmacists" "pharmacist"). Words of other letters,
     * numbers and words shorter than three letters stay as they are.
     */
    static String stem(String word) {
        if (word.length() < 3 || !isAsciiLetters(word)) {
            return word;
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * The Damerau-Levenshtein distance of two words (an adjacent swap counts as one edit), or
     * {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
