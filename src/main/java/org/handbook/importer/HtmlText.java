package org.handbook.importer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML inside the compilation's CDATA sections, read as HTML (jsoup) and reduced to text and
 * absolute links. Nothing here returns markup.
 */
final class HtmlText {

    static final String BLS = "https://www.bls.gov/";

    private HtmlText() {
    }

    /** The fragment as a document whose relative links resolve against bls.gov; scripts and styles removed. */
    static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html, BLS);
        document.select("script, style, noscript, template, iframe, object, embed").remove();
        return document;
    }

    /** Decoded, whitespace-collapsed, trimmed text (no-break spaces count as spaces). */
    static String text(Element element) {
        return clean(element.text());
    }

    /** Runs of ASCII white space and no-break spaces become one space; a loop, as it runs on every string of an import. */
    static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && !cleaned.isEmpty()) {
                cleaned.append(' ');
            }
            space = false;
            cleaned.append(c);
        }
        return cleaned.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00a0';
    }

    /** The link's absolute address, or null when it has none or it is not http(s). */
    static String absoluteHref(Element link) {
        String url = link.absUrl("href").strip();
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return null;
    }

    /**
     * A whole number as BLS prints it: "$58,250", "46%", "-3", "6,200"; a typographic minus counts.
     * Empty or a dash: null. Anything else: NumberFormatException.
     */
    static Integer wholeNumber(String text) {
        try {
            return decimal(text).map(BigDecimal::intValueExact).orElse(null);
        }
        catch (ArithmeticException ex) {
            throw new NumberFormatException("not a whole number: \"" + clean(text) + "\"");
        }
    }

    /** A decimal number as BLS prints it ("$28.01", "15.5"); empty or a dash: empty. */
    static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bare = clean(text).replace("\u2212", "-").replace("\u2013", "-");
        if (bare.isEmpty() || bare.equals("-") || bare.equals("\u2014")) {
            return Optional.empty();
        }
        String digits = bare.replaceFirst("^\\$", "").replaceFirst("^(-)\\$", "$1").replaceFirst("%$", "")
                .replace(",", "").strip();
        if (!digits.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("not a number: \"" + bare + "\"");
        }
        return Optional.of(new BigDecimal(digits));
    }
}
