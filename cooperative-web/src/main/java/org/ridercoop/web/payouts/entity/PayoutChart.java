package org.ridercoop.web.payouts.entity;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The bar chart of a rider's last twelve periods, drawn on the server as SVG geometry (attributes only, no style, so
 * the page's content security policy holds): one bar per period, oldest on the left, its height the payable against
 * the largest. A corrected (reversed) period is left out: it was not paid as stated. Past six bars only every other
 * one is labelled, counting back from the latest: twelve month names side by side touch on a phone ("10월11월").
 */
public final class PayoutChart {
    public static final int PERIODS = 12;
    public static final int WIDTH = 336;
    public static final int BASELINE = 118;
    public static final int TALLEST = 100;
    static final int SLOT = WIDTH / PERIODS;
    static final int BAR = 18;
    /** As many bars as can each carry their label. */
    static final int ALL_LABELLED = 6;

    private PayoutChart() {
    }

    /** One bar: where it stands, how tall, what it says (its title always, under it when {@code labelled}). */
    public record Bar(long runId, String label, long payableWon, int x, int y, int height, int labelX, boolean labelled) {
    }

    public static List<Bar> bars(List<Statement> statements, Locale locale) {
        List<Statement> shown = statements.stream().filter(s -> !s.isReversed())
                .sorted(Comparator.comparing(Statement::periodStart).reversed()).limit(PERIODS)
                .sorted(Comparator.comparing(Statement::periodStart)).toList();
        long largest = shown.stream().mapToLong(Statement::payableWon).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Statement s = shown.get(i);
            int height = largest <= 0 ? 0 : (int) Math.round((double) Math.max(0, s.payableWon()) * TALLEST / largest);
            // a period with something to pay shows at least a sliver
            height = s.payableWon() > 0 ? Math.max(2, height) : 0;
            int x = i * SLOT + (SLOT - BAR) / 2;
            boolean labelled = shown.size() <= ALL_LABELLED || (shown.size() - 1 - i) % 2 == 0;
            bars.add(new Bar(s.runId(), label(s, locale), s.payableWon(), x, BASELINE - height, height, x + BAR / 2, labelled));
        }
        return bars;
    }

    /** The month the period starts in: "3월", "Mar". */
    static String label(Statement s, Locale locale) {
        return "ko".equals(locale.getLanguage()) ? s.periodStart().getMonthValue() + "월"
                : s.periodStart().getMonth().getDisplayName(TextStyle.SHORT, locale);
    }
}
