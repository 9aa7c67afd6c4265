package org.ridercoop.web.membership.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.platform.api.SignedIn;

class MyMembershipsPageTest {
    private final List<Object[]> withdrawals = new ArrayList<>();

    @Test
    void theCooperativeJustAppliedToIsNamedAndAnActiveMembershipIsWithdrawnInTwoSteps() {
        MyMembershipsPage page = page();
        page.setApplied("7");
        page.load();
        assertThat(page.getMemberships()).hasSize(1);
        assertThat(page.getJustApplied().coop()).isEqualTo(Members.DAEGU);

        page.askWithdrawal(21);
        assertThat(page.isConfirming(21)).isTrue();
        assertThat(withdrawals).as("the first tap only asks").isEmpty();
        page.cancelWithdrawal();
        assertThat(page.isConfirming(21)).isFalse();
        assertThat(page.confirmWithdrawal()).as("nothing to confirm after cancelling").isNull();
        assertThat(withdrawals).isEmpty();

        page.askWithdrawal(21);
        assertThat(page.confirmWithdrawal()).isEqualTo("/my?faces-redirect=true&done=withdrawal");
        assertThat(withdrawals).singleElement().satisfies(args -> {
            assertThat(args[1]).isEqualTo(7L);
            assertThat(args[2]).isEqualTo(21L);
            assertThat(args[3]).isEqualTo(new Commands.Withdrawal(null));
        });
    }

    @Test
    void anAddressNamingAnotherCooperativeNamesNone() {
        MyMembershipsPage page = page();
        page.setApplied("abc");
        page.load();
        assertThat(page.getJustApplied()).isNull();
    }

    private MyMembershipsPage page() {
        MyMembershipsPage page = new MyMembershipsPage();
        page.calls = SignedIn.calls("token");
        page.api = Fakes.of(MembershipClient.class, Map.of(
                "myMemberships", args -> List.of(Members.mine(Members.active(21, 7, "강하늘", 1))),
                "withdraw", args -> {
                    withdrawals.add(args);
                    return Members.active(21, 7, "강하늘", 1);
                }));
        return page;
    }
}
