package org.ridercoop.web.payouts.boundary;

import java.util.Map;
import java.util.Set;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The refusals of the year-end surplus, in the reader's language: each rule of §50-51 and §97-98 the proposal broke,
 * a year not ended or appropriated already, a proposal in the wrong state for the step, a reinvestment over the
 * dividend or the 30% cap (§22). The API's detail carries the figures (the minimum, the cap, what was proposed), so
 * it is shown below the sentence; so it is for the other rules a surplus page meets (the assembly's 7 days' notice).
 * A refusal of a rule about one input is also shown at that input.
 */
final class SurplusRefusals {
    static final String PREFIX = "surplus.problem.";
    static final Set<String> TRANSLATED = Set.of("legal-reserve-minimum", "legal-reserve-exceeds-surplus", "patronage-dividend-half",
            "capital-dividend-cap", "social-no-dividends", "appropriation-exceeds-surplus", "loss-no-appropriation", "fiscal-year-not-ended",
            "no-work", "no-capital", "proposal-open", "year-appropriated", "surplus-not-proposed", "surplus-not-adopted", "surplus-assembly",
            "reinvest-exceeds-dividend", "share-cap");
    /** The input of the proposal form that a rule is about. */
    static final Map<String, String> FIELDS = Map.of("legal-reserve-minimum", "legalReserveWon", "legal-reserve-exceeds-surplus",
            "legalReserveWon", "patronage-dividend-half", "patronageDividendWon", "capital-dividend-cap", "capitalDividendWon", "no-work",
            "patronageDividendWon", "no-capital", "capitalDividendWon", "fiscal-year-not-ended", "fiscalYear", "year-appropriated",
            "fiscalYear", "proposal-open", "fiscalYear", "loss-no-appropriation", "netIncomeWon");

    private SurplusRefusals() {
    }

    static Refusal of(Answer<?> answer) {
        Refusal refusal = Refusal.of(answer);
        if (answer instanceof Answer.Refused<?> refused && refused.problem().status() != 400) {
            String slug = PayoutRefusals.slug(refused.problem().type());
            String key = TRANSLATED.contains(slug) ? PREFIX + slug : refusal.messageKey();
            return new Refusal(key, refused.problem().detail(), refusal.fields());
        }
        return refusal;
    }

    /** The input a rule's refusal is about; null when it is about the whole proposal, or is not such a refusal. */
    static String field(Refusal refusal) {
        if (refusal == null || !refusal.messageKey().startsWith(PREFIX)) {
            return null;
        }
        return FIELDS.get(refusal.messageKey().substring(PREFIX.length()));
    }
}
