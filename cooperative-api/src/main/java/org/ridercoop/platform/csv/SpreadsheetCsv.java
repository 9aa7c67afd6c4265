package org.ridercoop.platform.csv;

/**
 * CSV that Excel opens as it should: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, and text a
 * spreadsheet would run as a formula defused with an apostrophe.
 */
public final class SpreadsheetCsv {
    /** The media type of such a file. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public SpreadsheetCsv line(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** RFC 4180 quoting; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
