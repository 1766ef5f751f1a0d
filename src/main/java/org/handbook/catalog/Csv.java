package org.handbook.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Comma-separated values as RFC 4180 writes them: CRLF line ends, fields quoted where they must be.
 * A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula, and titles and other names come from imported data, so such a field gets a leading
 * single quote (OWASP's advice on CSV injection) unless it is a plain number such as a projected
 * growth of {@code -3}, which must stay a number.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Csv() {
    }

    /** A header row and one row per occupation; a missing value is an empty field. */
    static String of(List<OccupationRecord> records) {
        StringBuilder csv = new StringBuilder();
        row(csv, OccupationRecord.COLUMNS);
        for (OccupationRecord record : records) {
            row(csv, record.values());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values[i]));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String neutralised(String text) {
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}
