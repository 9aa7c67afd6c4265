package org.ridercoop.web.payouts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ridercoop.web.i18n.CurrentLanguage;

/** What the payout pages share ({@code #{payoutsView}}): hours of work and rates as people read them. */
@Named("payoutsView")
@RequestScoped
public class PayoutsView {
    @Inject
    CurrentLanguage language;

    /** Minutes of work: "12시간 30분", "12 h 30 min". */
    public String hours(long minutes) {
        return hours(minutes, language.getLocale());
    }

    /** Basis points as a percentage: 330 is "3.3%". */
    public String bp(Integer basisPoints) {
        return basisPoints(basisPoints);
    }

    public String percent(BigDecimal value) {
        return share(value);
    }

    /** The withholding with the rate it was worked out at: "원천징수 (3.3%)", "Withholding (3.3%)". */
    public String withholding(Integer basisPoints) {
        return withholding(basisPoints, language.getLocale());
    }

    /** A ledger account as the API names it ("bank", "pool:MAIN", "deduction:보험료"), in words. */
    public String account(String name) {
        return account(name, language.getLocale());
    }

    static String account(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle("org.ridercoop.web.i18n.messages", locale);
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? name : name.substring(0, colon);
        String rest = colon < 0 ? "" : name.substring(colon + 1);
        // the year-end surplus posts its own accounts: the reserves by name ("reserve:legal"), the year's result by year
        for (String key : new String[] {"payouts.account." + prefix, "surplus.account." + name.replace(':', '.'), "surplus.account." + prefix}) {
            if (bundle.containsKey(key)) {
                return MessageFormat.format(bundle.getString(key), rest);
            }
        }
        return name;
    }

    /** A member's share as the API gives it, in percent: "60%", "28.5714%". */
    static String share(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%";
    }

    static String withholding(Integer basisPoints, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.ridercoop.web.i18n.messages", locale);
        return basisPoints == null ? bundle.getString("payouts.withholding")
                : MessageFormat.format(bundle.getString("payouts.withholding.of"), basisPoints(basisPoints));
    }

    static String hours(long minutes, Locale locale) {
        long h = minutes / 60;
        long m = minutes % 60;
        boolean ko = "ko".equals(locale.getLanguage());
        if (m == 0) {
            return ko ? h + "시간" : h + " h";
        }
        return ko ? h + "시간 " + m + "분" : h + " h " + m + " min";
    }

    /** A percentage as typed ("3.3", "3,3%", "5") in basis points (330, 330, 500); null for anything else, for the API to name. */
    static Integer toBasisPoints(String percent) {
        String text = percent == null ? "" : percent.strip().replaceFirst("%$", "").strip().replace(',', '.');
        if (!text.matches("[0-9]{1,4}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(text).movePointRight(2).intValueExact();
    }

    static String basisPoints(Integer bp) {
        return bp == null ? "" : BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString() + "%";
    }
}
