package org.ridercoop.web.dues.entity;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ridercoop.web.platform.Won;

/**
 * What a plan charges and what a by-work month was charged from, in the reader's language: "월 10,000원", "배달
 * 1건당 100원", "정산 수입의 1.5%"; "지난달 배달 21건", "지난달 수입 99,333원".
 */
public final class PlanFees {
    static final String MESSAGES = "org.ridercoop.web.i18n.messages";

    private PlanFees() {
    }

    public static String fee(Plan plan, Locale locale) {
        if (plan == null) {
            return "";
        }
        String amount = switch (plan.kind()) {
            case Plan.PER_DELIVERY -> plan.perDeliveryWon() == null ? null : Won.format(plan.perDeliveryWon(), locale);
            case Plan.PERCENT_OF_INCOME -> plan.getIncomePercent() == null ? null : plan.getIncomePercent().toPlainString() + "%";
            default -> plan.monthlyWon() == null ? null : Won.format(plan.monthlyWon(), locale);
        };
        return amount == null ? "" : format("dues.fee." + known(plan.kind()), locale, amount);
    }

    /** Empty for a flat month or one without a figure. */
    public static String basis(String kind, Long quantity, Locale locale) {
        if (quantity == null || kind == null) {
            return "";
        }
        return switch (kind) {
            case Plan.PER_DELIVERY -> format("dues.basis.PER_DELIVERY", locale, String.format(Locale.ROOT, "%,d", quantity));
            case Plan.PERCENT_OF_INCOME -> format("dues.basis.PERCENT_OF_INCOME", locale, Won.format(quantity, locale));
            default -> "";
        };
    }

    /**
     * A percentage as typed ("1.5", "1,5", "2%", "0.25") in basis points (150, 150, 200, 25); null for anything else,
     * more than two decimals included, so that the API names the field.
     */
    public static Integer basisPoints(String percent) {
        String text = percent == null ? "" : percent.strip().replaceFirst("%$", "").strip().replace(',', '.');
        if (!text.matches("[0-9]{1,4}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(text).movePointRight(2).intValueExact();
    }

    private static String known(String kind) {
        return Plan.KINDS.contains(kind) ? kind : Plan.FLAT_MONTHLY;
    }

    private static String format(String key, Locale locale, String argument) {
        return MessageFormat.format(ResourceBundle.getBundle(MESSAGES, locale).getString(key), argument);
    }
}
