package org.ridercoop.web.membership.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.home.boundary.HomePage;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;

class ApplyPageTest {
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theDirectoryComesFirstThenTheFormOfTheOnePickedWithTheNameOfTheSignIn() {
        ApplyPage page = page(null);
        page.load();
        assertThat(page.getDirectory()).containsExactly(Members.DAEGU);
        assertThat(page.getChosen()).as("nothing picked yet").isNull();
        assertThat(page.getName()).isEqualTo("강하늘");

        page.setCoopParam("8");
        assertThat(page.getChosen()).as("not in the directory").isNull();
        page.setCoopParam("7");
        assertThat(page.getChosen()).isEqualTo(Members.DAEGU);
    }

    @Test
    void theAmountIsWorkedOutOnTheServerAndOnlyForACountOfAtLeastOne() {
        ApplyPage page = page(null);
        page.setCoopParam("7");
        page.load();
        assertThat(page.getTotalWon()).isEqualTo(50_000L);
        page.setShares("3");
        assertThat(page.getTotalWon()).isEqualTo(150_000L);
        for (String bad : new String[] {"0", "-1", "셋", ""}) {
            page.setShares(bad);
            assertThat(page.getTotalWon()).as(bad).isNull();
        }
    }

    @Test
    void applyingSendsTheFormAndGoesToMyMembership() {
        ApplyPage page = page(null);
        page.setCoopParam("7");
        page.load();
        page.setPhone(" 010-2021-0099 ");
        page.setShares("2");

        assertThat(page.submit()).isEqualTo("/my?faces-redirect=true&applied=7");
        assertThat(sent).singleElement().satisfies(args -> {
            assertThat(args[0]).isEqualTo("Bearer token");
            assertThat(args[1]).isEqualTo(7L);
            assertThat(args[2]).isEqualTo(new Commands.Application("강하늘", "010-2021-0099", 2));
        });
    }

    @Test
    void aRefusalStaysOnTheFormTranslatedWithTheFieldErrorsByTheirInputs() {
        ApplyPage page = page(new Problem("urn:ridercoop:problem:validation", "Invalid", 400, null,
                List.of(new Problem.FieldError("shares", "must be at least 1"))));
        page.setCoopParam("7");
        page.load();
        page.setShares("0");
        assertThat(page.submit()).isNull();
        assertThat(sent.getFirst()[2]).isEqualTo(new Commands.Application("강하늘", null, 0));
        assertThat(page.fieldError("shares")).isEqualTo("must be at least 1");
        assertThat(page.getRefusal().messageKey()).isEqualTo("problem.fields");

        ApplyPage again = page(new Problem("urn:ridercoop:problem:already-member", "Already", 409, "already a member", null));
        again.setCoopParam("7");
        again.load();
        again.submit();
        assertThat(again.getRefusal().messageKey()).isEqualTo("problem.already-member");
        assertThat(again.getRefusal().detail()).isNull();
    }

    private ApplyPage page(Problem refusal) {
        ApplyPage page = new ApplyPage();
        page.calls = SignedIn.calls("token");
        page.api = Fakes.of(MembershipClient.class, Map.of(
                "directory", args -> List.of(Members.DAEGU),
                "apply", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return Members.applicant(40, "강하늘", 1);
                }));
        page.home = new HomePage() {
            @Override
            public String getName() {
                return "강하늘";
            }
        };
        return page;
    }
}
