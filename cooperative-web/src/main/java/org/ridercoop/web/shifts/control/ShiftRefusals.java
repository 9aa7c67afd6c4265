package org.ridercoop.web.shifts.control;

import java.util.Map;
import java.util.Set;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.Refusal;

/**
 * Refusals of the shift calls in the person's language. A safety rule ({@code rule-max-week}, …) is named in words
 * and keeps the API's detail, which gives the figures ("would have 54 h in the week of 30 Nov"); the other
 * conflicts of shifts and work are said in words alone. Anything else as every page says it.
 */
public final class ShiftRefusals {
    public static final Set<String> RULES = Set.of("rule-overlap", "rule-max-day", "rule-max-week", "rule-min-rest",
            "rule-latest-end");
    public static final Set<String> CONFLICTS = Set.of("shift-full", "already-on-shift", "shift-started",
            "signup-window-open", "shift-cancelled", "not-on-shift", "swap-decided", "swap-stale", "week-published",
            "week-taken", "window-allocated", "window-closed", "window-exists", "work-record-decided", "template-empty",
            "work-import-rejected");

    private ShiftRefusals() {
    }

    public static Refusal of(Answer<?> answer) {
        Refusal plain = Refusal.of(answer);
        if (!(answer instanceof Answer.Refused<?> refused)) {
            return plain;
        }
        String slug = slug(refused.problem().type());
        if (RULES.contains(slug)) {
            return new Refusal("shifts.problem." + slug, refused.problem().detail(), plain.fields());
        }
        if (CONFLICTS.contains(slug)) {
            return new Refusal("shifts.problem." + slug, null, plain.fields());
        }
        return plain;
    }

    /** "urn:ridercoop:problem:rule-max-week" and "https://…/problems/rule-max-week" both end in "rule-max-week". */
    static String slug(String type) {
        if (type == null) {
            return "";
        }
        int cut = Math.max(type.lastIndexOf(':'), type.lastIndexOf('/'));
        return type.substring(cut + 1);
    }

    /** A refusal the page itself gives, before asking the API. */
    public static Refusal local(String messageKey) {
        return new Refusal(messageKey, null, Map.of());
    }
}
