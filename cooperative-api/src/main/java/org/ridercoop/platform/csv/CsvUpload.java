package org.ridercoop.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A CSV file uploaded with a header line (an export of a bank, a delivery platform, a spreadsheet): read by column
 * names, with an optional byte-order mark, empty lines skipped, cells trimmed.
 */
public final class CsvUpload {
    /** A line: its number in the file as an editor shows it (the header is line 1) and its cells by column name (missing ones empty). */
    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private CsvUpload() {
    }

    /**
     * @param what the file as the answer names it ("statement")
     * @throws ProblemException 400 when it is not CSV or a named column is missing
     */
    public static List<Row> read(String text, String what, Collection<String> columns) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw ProblemException.invalidField(what, "has no column \"" + column + "\" (its columns: "
                            + String.join(", ", parser.getHeaderNames()) + ")");
                }
            }
            int line = 1;
            long counted = 0;
            for (CSVRecord record : parser) {
                Map<String, String> cells = new java.util.HashMap<>();
                for (String column : columns) {
                    cells.put(column, record.isSet(column) ? record.get(column) : "");
                }
                // the line of the file the record starts on, as an editor counts it (blank lines and line breaks in cells included)
                long start = record.getCharacterPosition();
                while (start < csv.length() && (csv.charAt((int) start) == '\n' || csv.charAt((int) start) == '\r')) {
                    start++;
                }
                for (long at = counted; at < start; at++) {
                    if (csv.charAt((int) at) == '\n') {
                        line++;
                    }
                }
                counted = Math.max(counted, start);
                rows.add(new Row(line, cells));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw ProblemException.invalidField(what, "is not a CSV file with a header line: " + e.getMessage());
        }
        return rows;
    }
}
