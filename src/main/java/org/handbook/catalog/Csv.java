package org.handbook.catalog;

import java.util.List;

/** Comma-separated values as RFC 4180 writes them: CRLF line ends, fields quoted where they must be. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

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
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
