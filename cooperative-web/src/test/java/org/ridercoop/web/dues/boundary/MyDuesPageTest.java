package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.dues.Dues;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.entity.DirectoryEntry;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class MyDuesPageTest {
    private final List<Object[]> asked = new ArrayList<>();
    private List<MyMembership> mine = List.of(Members.mine(Members.active(21, 2, "김민준", 2)));

    @Test
    void theOnlyMembershipIsShownWithoutAskingWithTheArticlesMonthsForTheWarning() {
        MyDuesPage page = page();
        page.load();
        assertThat(page.getAccount()).isEqualTo(Dues.owing());
        assertThat(asked).singleElement().satisfies(args -> assertThat(List.of(args[1], args[2])).containsExactly(7L, 21L));
        assertThat(page.getFlagMonths()).as("the articles of cooperative 7").isEqualTo(6);
        assertThat(page.isChoosing()).isFalse();
        assertThat(page.getLoadProblem()).isNull();
    }

    @Test
    void withSeveralMembershipsThePersonChoosesAndTheAddressSaysWhich() {
        MyMembership busan = new MyMembership(new DirectoryEntry(8, "부산라이더협동조합", "Busan Rider Cooperative", "WORKER", 10_000),
                Members.active(40, 1, "김민준", 1), List.of(), null);
        mine = List.of(Members.mine(Members.active(21, 2, "김민준", 2)), busan);
        MyDuesPage choosing = page();
        choosing.load();
        assertThat(choosing.isChoosing()).isTrue();
        assertThat(choosing.getAccount()).isNull();
        assertThat(asked).isEmpty();

        MyDuesPage chosen = page();
        chosen.setCoopParam("8");
        chosen.load();
        assertThat(chosen.getChosen()).isEqualTo(busan);
        assertThat(asked).singleElement().satisfies(args -> assertThat(List.of(args[1], args[2])).containsExactly(8L, 40L));
        assertThat(chosen.getFlagMonths()).as("a cooperative the test access does not know").isZero();
    }

    @Test
    void aCooperativeThePersonIsNotAMemberOfAndAnApplicationHaveNoDues() {
        MyDuesPage other = page();
        other.setCoopParam("9");
        other.load();
        assertThat(other.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        assertThat(asked).isEmpty();

        mine = List.of(Members.mine(Members.applicant(30, "강하늘", 1)));
        MyDuesPage applicant = page();
        applicant.load();
        assertThat(applicant.isWithoutMembership()).as("an applicant pays no dues yet").isTrue();
        assertThat(applicant.getAccount()).isNull();
    }

    @Test
    void anApiThatCannotBeReachedIsSaidSo() {
        MyDuesPage page = page();
        page.api = Fakes.of(DuesClient.class, Map.of("myMemberships", args -> {
            throw new jakarta.ws.rs.ProcessingException("refused");
        }));
        page.load();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("api.unavailable");
        assertThat(page.isWithoutMembership()).as("not told they have no membership").isFalse();

        MyDuesPage forbidden = page();
        forbidden.api = Fakes.of(DuesClient.class, Map.of("myMemberships", args -> mine, "account", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:not-found", null, 404, "no", null));
        }));
        forbidden.load();
        assertThat(forbidden.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    private MyDuesPage page() {
        MyDuesPage page = new MyDuesPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(false);
        page.api = Fakes.of(DuesClient.class, Map.of(
                "myMemberships", args -> mine,
                "account", args -> {
                    asked.add(args);
                    return Dues.owing();
                }));
        return page;
    }
}
