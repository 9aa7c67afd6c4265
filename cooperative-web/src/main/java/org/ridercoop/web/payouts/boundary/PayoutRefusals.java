package org.ridercoop.web.payouts.boundary;

import java.util.Map;
import java.util.Set;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The payout problems people meet, in their language: a run in the wrong state for the step (409), a period posted
 * already, a paid run that cannot be reversed, deductions over the income or no work in the period (422), and the
 * preparer who tries to approve their own run (403).
 */
final class PayoutRefusals {
    static final Set<String> TRANSLATED = Set.of("run-not-preview", "run-not-approved", "run-posted", "period-posted", "run-paid",
            "run-not-posted", "deductions-exceed-income", "no-work");

    private PayoutRefusals() {
    }

    static Refusal of(Answer<?> answer, boolean approving) {
        if (approving && answer instanceof Answer.Forbidden) {
            return new Refusal("payouts.problem.own-run", null, Map.of());
        }
        if (answer instanceof Answer.Refused<?> refused) {
            String slug = slug(refused.problem().type());
            if (TRANSLATED.contains(slug)) {
                return new Refusal("payouts.problem." + slug, null, Refusal.of(answer).fields());
            }
        }
        return Refusal.of(answer);
    }

    static String slug(String type) {
        if (type == null) {
            return "";
        }
        return type.substring(Math.max(type.lastIndexOf(':'), type.lastIndexOf('/')) + 1);
    }
}
