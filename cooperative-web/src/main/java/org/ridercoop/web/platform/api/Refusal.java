package org.ridercoop.web.platform.api;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a change did not happen, as a page shows it: a message key of the bundles, the API's own (English) detail
 * when no translation says it better, and the API's messages for the fields of the form.
 *
 * @param messageKey key in the message bundles ({@code problem.share-cap}, {@code api.unavailable}, …)
 * @param detail     the API's detail, shown only for problems without a message of their own; may be null
 * @param fields     the API's message per field of the request body
 */
public record Refusal(String messageKey, String detail, Map<String, String> fields) implements Serializable {
    /** Problems people meet often enough to be told in their language, by the slug that ends the problem's type. */
    public static final Set<String> TRANSLATED = Set.of("share-cap", "already-member", "not-an-applicant",
            "notice-period", "stale-version", "overpaid", "one-chair", "chair-reelection", "term-too-long",
            "not-payable", "time-barred", "not-active",
            "notice-too-short", "delegates-assembly", "voting-window", "already-voted", "voting-not-open", "voting-closed",
            "results-sealed", "voting-voting", "voting-upcoming",
            "proxy-exists", "proxy-taken", "proxy-self", "no-proxies", "no-proxy", "case-closed", "minutes-signed",
            "minutes-signatories", "chair-not-member-signatory", "signatory-not-on-roll", "chair-not-member",
            "candidate-not-member", "election-seats", "expulsion-special", "expulsion-assembly", "minutes-not-drafted",
            "already-signed", "rate-limited", "delegates-too-few", "delegate-not-member", "delegate-term", "delegate-exists",
            "delegate-ended", "standard-plan-exists", "plan-change-exists", "plan-not-in-force", "month-not-begun",
            "idempotency-key-reused", "idempotency-in-progress");

    public Refusal {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** What the page says about a problem the API gave. */
    public static Refusal of(Problem problem) {
        Map<String, String> fields = new HashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            if (error.field() != null && error.message() != null) {
                fields.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
            }
        }
        String slug = slug(problem.type());
        if (TRANSLATED.contains(slug)) {
            return new Refusal("problem." + slug, null, fields);
        }
        return switch (problem.status()) {
            case 400 -> new Refusal("problem.fields", fields.isEmpty() ? problem.detail() : null, fields);
            case 409, 422, 429 -> new Refusal("problem.rule", problem.detail(), fields);
            case 403 -> new Refusal("problem.forbidden", null, fields);
            case 404 -> new Refusal("problem.not_found", null, fields);
            case 401 -> new Refusal("api.sign_in_again", null, fields);
            default -> new Refusal("api.unexpected", null, fields);
        };
    }

    /** What the page says about an answer that is not the value it asked for; null for a value. */
    public static Refusal of(Answer<?> answer) {
        return switch (answer) {
            case Answer.Found<?> found -> null;
            case Answer.Refused<?> refused -> of(refused.problem());
            case Answer.NotFound<?> notFound -> new Refusal("problem.not_found", null, Map.of());
            case Answer.Forbidden<?> forbidden -> new Refusal("problem.forbidden", null, Map.of());
            case Answer.Failed<?> failed -> new Refusal("api." + failed.reason().name().toLowerCase(Locale.ROOT), null, Map.of());
        };
    }

    /** "urn:ridercoop:problem:share-cap" and "https://…/problems/share-cap" both end in the slug "share-cap". */
    static String slug(String type) {
        if (type == null) {
            return "";
        }
        int cut = Math.max(type.lastIndexOf(':'), type.lastIndexOf('/'));
        return type.substring(cut + 1);
    }

    public String field(String name) {
        return fields.get(name);
    }

    public boolean hasField(String name) {
        return fields.containsKey(name);
    }
}
