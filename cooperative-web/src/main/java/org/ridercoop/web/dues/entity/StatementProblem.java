package org.ridercoop.web.dues.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a bank statement the API could not read (its 422 {@code statement-unreadable}, when nothing was
 * recorded), from the API's detail ("Nothing was recorded. line 3: the day "어제" is not a date (e.g. 2026-11-03);
 * line 5: …"), each with what was wrong, so that the page can say it in the reader's language.
 */
public record StatementProblem(List<BadLine> lines) {
    private static final Pattern LINE = Pattern.compile("line (\\d+): (.*?)(?=; line \\d+: |$)", Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("the amount \"(.*)\" is not a whole number of won");
    private static final Pattern DAY = Pattern.compile("the day \"(.*)\" is not a date.*", Pattern.DOTALL);
    private static final Pattern FUTURE = Pattern.compile("the day (\\S+) is in the future");

    public StatementProblem {
        lines = List.copyOf(lines);
    }

    /**
     * A line and what was wrong with it: {@code amount} (not a whole number of won), {@code day} (not a date),
     * {@code future} (a day after today) with the value read, or {@code other} with the API's words in {@code text}.
     */
    public record BadLine(int line, String kind, String value, String text) {
    }

    public static StatementProblem parse(String detail) {
        List<BadLine> lines = new ArrayList<>();
        if (detail != null) {
            Matcher line = LINE.matcher(detail);
            while (line.find()) {
                lines.add(badLine(Integer.parseInt(line.group(1)), line.group(2).strip()));
            }
        }
        return new StatementProblem(lines);
    }

    private static BadLine badLine(int number, String text) {
        Matcher amount = AMOUNT.matcher(text);
        if (amount.matches()) {
            return new BadLine(number, "amount", amount.group(1), text);
        }
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            return new BadLine(number, "day", day.group(1), text);
        }
        Matcher future = FUTURE.matcher(text);
        if (future.matches()) {
            return new BadLine(number, "future", future.group(1), text);
        }
        return new BadLine(number, "other", null, text);
    }

    /** "3, 5": the line numbers, for the sentence that leads the list. */
    public String getNumbers() {
        return String.join(", ", lines.stream().map(l -> String.valueOf(l.line())).toList());
    }
}
