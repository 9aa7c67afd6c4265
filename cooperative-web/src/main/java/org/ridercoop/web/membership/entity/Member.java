package org.ridercoop.web.membership.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member as the API describes them (MemberView): a line of the member register (조합원 명부), and the head of
 * a member's page. An applicant has no member number yet; {@code version} is what a change of contact details
 * sends back in If-Match, so that it cannot overwrite a change it did not see.
 */
public record Member(long id, Integer memberNumber, String name, String email, String phone, String status,
                     int shares, Long subscribedWon, Long paidInWon, boolean founder, LocalDate appliedOn,
                     LocalDate joinedOn, LocalDate leftOn, Long version) {
    /** The statuses of people who are members today: they count in the register's totals and may use it. */
    public static final Set<String> ON_REGISTER = Set.of("ACTIVE", "WITHDRAWING");
    public static final String APPLICANT = "APPLICANT";

    public boolean isOnRegister() {
        return ON_REGISTER.contains(status);
    }

    public boolean isApplicant() {
        return APPLICANT.equals(status);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Subscribed but not yet paid in; never negative. */
    public long unpaidWon() {
        long subscribed = subscribedWon == null ? 0 : subscribedWon;
        long paid = paidInWon == null ? 0 : paidInWon;
        return Math.max(0, subscribed - paid);
    }
}
