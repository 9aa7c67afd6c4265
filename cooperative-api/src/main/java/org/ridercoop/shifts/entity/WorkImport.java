package org.ridercoop.shifts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.platform.csv.CsvUpload;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * A delivery platform's export of work, read through the cooperative's column mapping. All or nothing: every line is
 * checked, and every bad line is named with all that is wrong with it; only a file without one is imported. A line
 * imported before (same member, start and end) is counted, not imported twice.
 */
public final class WorkImport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    static final int MAX_DELIVERIES = 500;
    static final long MAX_INCOME_WON = 10_000_000L;
    static final int MAX_DISTANCE_M = 1_000_000;

    /** Which column holds what. */
    public record Mapping(String memberNumber, String startedAt, String endedAt, String deliveries, String distanceKm, String incomeWon) {
        public List<String> columns() {
            return List.of(memberNumber, startedAt, endedAt, deliveries, distanceKm, incomeWon);
        }
    }

    /** Until the board sets its own: a Korean platform's usual headers. */
    public static final Mapping DEFAULT_MAPPING = new Mapping("라이더번호", "시작시각", "종료시각", "배달건수", "주행거리", "정산금액");

    /** A good line. */
    public record Line(int line, int memberNumber, Instant startedAt, Instant endedAt, int deliveries, int distanceMetres, long incomeWon,
                       String key) {
    }

    /** A bad line and why. */
    public record Problem(int line, String reason) {
    }

    public record Result(List<Line> lines, List<Problem> problems) {
    }

    private WorkImport() {
    }

    /**
     * @param members which member numbers are current members of the cooperative, to their membership ids
     * @param now work cannot end in the future
     */
    public static Result read(String csv, Mapping mapping, Function<Integer, Long> members, Instant now) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvUpload.Row row : CsvUpload.read(csv, "file", mapping.columns())) {
            List<String> wrong = new ArrayList<>();
            Integer number = whole(row.get(mapping.memberNumber()), 1, 999_999, mapping.memberNumber(), wrong);
            if (number != null && members.apply(number) == null) {
                wrong.add(mapping.memberNumber() + ": no current member has number " + number);
            }
            Instant start = time(row.get(mapping.startedAt()), mapping.startedAt(), wrong);
            Instant end = time(row.get(mapping.endedAt()), mapping.endedAt(), wrong);
            if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    wrong.add(mapping.endedAt() + ": ends before it starts");
                } else if (java.time.Duration.between(start, end).toHours() >= 24) {
                    wrong.add(mapping.endedAt() + ": longer than 24 hours");
                } else if (end.isAfter(now)) {
                    wrong.add(mapping.endedAt() + ": in the future");
                }
            }
            Integer deliveries = whole(row.get(mapping.deliveries()), 0, MAX_DELIVERIES, mapping.deliveries(), wrong);
            Integer metres = distance(row.get(mapping.distanceKm()), mapping.distanceKm(), wrong);
            Long income = won(row.get(mapping.incomeWon()), mapping.incomeWon(), wrong);
            if (wrong.isEmpty()) {
                String key = number + "|" + start + "|" + end;
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    wrong.add("the same work as line " + first);
                } else {
                    lines.add(new Line(row.line(), number, start, end, deliveries, metres, income, Sha256.hex(key)));
                }
            }
            if (!wrong.isEmpty()) {
                problems.add(new Problem(row.line(), String.join("; ", wrong)));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "the file has no lines of work"));
        }
        return new Result(lines, problems);
    }

    private static Integer whole(String raw, int min, int max, String column, List<String> wrong) {
        String digits = raw.replace(",", "").strip();
        if (!digits.matches("\\d{1,9}")) {
            wrong.add(column + ": \"" + raw + "\" is not a whole number");
            return null;
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            wrong.add(column + ": " + value + " is not between " + min + " and " + max);
            return null;
        }
        return value;
    }

    private static Long won(String raw, String column, List<String> wrong) {
        String digits = raw.replace(",", "").replace("원", "").strip();
        if (!digits.matches("\\d{1,12}")) {
            wrong.add(column + ": \"" + raw + "\" is not a whole number of won");
            return null;
        }
        long value = Long.parseLong(digits);
        if (value > MAX_INCOME_WON) {
            wrong.add(column + ": more than " + MAX_INCOME_WON + " won for one stretch of work");
            return null;
        }
        return value;
    }

    private static Integer distance(String raw, String column, List<String> wrong) {
        String text = raw.replace("km", "").strip();
        try {
            BigDecimal km = new BigDecimal(text);
            if (km.signum() < 0 || km.scale() > 3 || km.compareTo(BigDecimal.valueOf(MAX_DISTANCE_M / 1000)) > 0) {
                wrong.add(column + ": " + raw + " is not a distance from 0 to 1000 km (at most 3 decimals)");
                return null;
            }
            return km.movePointRight(3).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            wrong.add(column + ": \"" + raw + "\" is not a number of kilometres");
            return null;
        }
    }

    private static Instant time(String raw, String column, List<String> wrong) {
        try {
            return LocalDateTime.parse(raw.strip(), TIME).atZone(KoreanCalendar.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            wrong.add(column + ": \"" + raw + "\" is not a time like 2026-11-30 18:00");
            return null;
        }
    }
}
