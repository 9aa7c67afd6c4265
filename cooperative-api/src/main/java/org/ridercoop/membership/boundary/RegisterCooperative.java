package org.ridercoop.membership.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.ridercoop.membership.entity.CooperativeKind;
import org.ridercoop.membership.entity.Position;
import org.ridercoop.platform.validation.Within;

/**
 * What a platform operator enters to register a cooperative with its founders. (Text limits are patterns and
 * number limits {@link Within}: see there why not {@code @NotBlank}, {@code @Size}, {@code @Min}, {@code @Max}.)
 */
public record RegisterCooperative(
        @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String nameKo,
        @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String nameRomanized,
        @NotNull(message = "is required: WORKER or SOCIAL") CooperativeKind kind,
        @NotNull(message = "is required")
        @Pattern(regexp = "[0-9][0-9-]{4,38}[0-9]", message = "digits and dashes, e.g. 504-81-12345") String registrationNumber,
        @NotNull(message = "is required") @Within(min = 1, max = 12, message = "a month, 1 to 12") Integer fiscalYearStartMonth,
        @NotNull(message = "is required")
        @Within(min = 1, max = 100_000_000, message = "a whole number of won from 1 to 100,000,000") Long sharePriceWon,
        @NotNull(message = "is required") @Valid ArticlesChoice articles,
        @NotNull(message = "is required") @Within(min = 5, max = 500, message = "at least 5 founders are required (§15), at most 500")
        List<@NotNull(message = "is required") @Valid Founder> founders) {

    /** Text with something in it, at most 200 characters. */
    static final String TEXT_200 = "(?s)(?=.*\\S).{1,200}";

    /** The settings the articles choose within the law. */
    public record ArticlesChoice(
            @NotNull(message = "is required") @Within(min = 1, max = 60, message = "1 to 60 months") Integer nonUseMonthsForExpulsion,
            @NotNull(message = "is required") @Within(min = 1, max = 60, message = "1 to 60 months") Integer unpaidMonthsForExpulsion,
            @NotNull(message = "is required") @Within(min = 0, max = 365, message = "0 to 365 days") Integer withdrawalNoticeDays) {
    }

    /** A founding member, and the office they take at the founding assembly, if any. */
    public record Founder(
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String name,
            @NotNull(message = "is required") @Email(message = "is not an e-mail address")
            @Pattern(regexp = "(?s).{3,320}", message = "is not an e-mail address") String email,
            @Pattern(regexp = "[0-9+() -]{7,20}", message = "digits, spaces, +, - and parentheses") String phone,
            @NotNull(message = "is required") @Within(min = 1, max = 1_000_000, message = "1 to 1,000,000 shares") Integer shares,
            Position position) {
    }
}
