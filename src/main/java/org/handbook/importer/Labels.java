package org.handbook.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.handbook.system.Labelled;

/** Finds the category whose BLS words match a text, ignoring case, spacing and curly apostrophes. */
final class Labels {

    private Labels() {
    }

    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalise(text);
        return Arrays.stream(type.getEnumConstants()).filter(value -> normalise(value.label()).equals(wanted))
                .findFirst();
    }

    private static String normalise(String text) {
        return HtmlText.clean(text).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
