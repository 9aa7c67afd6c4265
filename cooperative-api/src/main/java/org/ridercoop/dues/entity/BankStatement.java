package org.ridercoop.dues.entity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.platform.csv.CsvUpload;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A bank statement exported as CSV: deposits with their day, amount and the payer's text, read from the columns
 * the board names (a Korean bank's defaults: 거래일자, 입금액, 적요). A line without a deposit (a withdrawal) is
 * skipped; a day or an amount that cannot be read is a bad line. Each deposit gets a fingerprint, so that a
 * statement imported twice counts once.
 */
public final class BankStatement {
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2}).*");
    private static final Pattern NUMBER = Pattern.compile("#\\s*(\\d{1,6})|(\\d{1,6})\\s*번");

    /** A deposit, or a line that is not one. */
    public record Line(int line, LocalDate day, Long amountWon, String payer, String problem, String fingerprint) {
        public boolean deposit() {
            return problem == null && amountWon != null && amountWon > 0;
        }
    }

    /** Which columns hold what. */
    public record Columns(String day, String amount, String payer) {
    }

    private BankStatement() {
    }

    /**
     * Reads the statement.
     *
     * @throws ProblemException 400 when a named column is missing
     */
    public static List<Line> read(String csv, Columns columns) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvUpload.Row record : CsvUpload.read(csv, "statement", List.of(columns.day(), columns.amount(), columns.payer()))) {
            int number = record.line();
            String payer = Normalizer.normalize(record.get(columns.payer()), Normalizer.Form.NFC).strip();
            String rawAmount = record.get(columns.amount());
            Long amount;
            try {
                amount = amount(rawAmount);
            } catch (IllegalArgumentException e) {
                lines.add(new Line(number, null, null, payer, "the amount \"" + rawAmount + "\" is not a whole number of won", null));
                continue;
            }
            if (amount == null || amount == 0) {
                lines.add(new Line(number, null, 0L, payer, null, null));
                continue;
            }
            String rawDay = record.get(columns.day());
            Optional<LocalDate> day = day(rawDay);
            if (day.isEmpty()) {
                lines.add(new Line(number, null, amount, payer, "the day \"" + rawDay + "\" is not a date (e.g. 2026-11-03)", null));
                continue;
            }
            String key = day.get() + "|" + amount + "|" + payer;
            int occurrence = seen.merge(key, 1, Integer::sum);
            lines.add(new Line(number, day.get(), amount, payer, null, Sha256.hex(key + "|" + occurrence)));
        }
        return lines;
    }

    /** The member number written as "#12" or "12번" in the payer's text, if any. */
    public static Optional<Integer> memberNumber(String payer) {
        Matcher matcher = NUMBER.matcher(payer);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }

    /** A name as compared: NFC, without spaces. */
    public static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    static Long amount(String raw) {
        String digits = raw.replace(",", "").replace("원", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(raw);
        }
        return Long.parseLong(digits);
    }

    static Optional<LocalDate> day(String raw) {
        Matcher matcher = DAY.matcher(raw.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

}
