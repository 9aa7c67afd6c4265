package org.ridercoop.web.membership.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;

class ApplicationsPageTest {
    private final List<String> calls = new ArrayList<>();
    private final List<Object[]> refusals = new ArrayList<>();

    @Test
    void theBoardSeesTheApplicantsApprovesOneAndIsToldTheNewMemberNumber() {
        ApplicationsPage page = page(true, null);
        page.load();
        assertThat(page.isManager()).isTrue();
        assertThat(page.getApplicants()).extracting(Member::name).containsExactly("강하늘");
        assertThat(calls).containsExactly("members APPLICANT");

        assertThat(page.approve(40)).isEqualTo("/applications?faces-redirect=true&coop=7&approved=7");
    }

    @Test
    void aRefusalSendsTheReasonTypedForThatApplicant() {
        ApplicationsPage page = page(true, null);
        page.load();
        page.getReasons().put(40L, "  출자금 안내를 받지 못했습니다 ");
        assertThat(page.refuse(40)).isEqualTo("/applications?faces-redirect=true&coop=7&refused=1");
        assertThat(refusals.getFirst()[3]).isEqualTo(new Commands.Refusal("출자금 안내를 받지 못했습니다"));
    }

    @Test
    void theApisRefusalIsShownOnTheApplicantItIsAbout() {
        ApplicationsPage page = page(true, new Problem("urn:ridercoop:problem:share-cap", null, 422, "over 30%", null));
        page.load();
        assertThat(page.approve(40)).isNull();
        assertThat(page.refusalOf(40).messageKey()).isEqualTo("problem.share-cap");
        assertThat(page.refusalOf(41)).isNull();
    }

    @Test
    void someoneWhoDoesNotRunTheCooperativeGetsNoInboxAndNoCall() {
        ApplicationsPage page = page(false, null);
        page.load();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getApplicants()).isEmpty();
        assertThat(calls).isEmpty();
        assertThat(page.getCooperative()).isEqualTo(Access.DAEGU);

        ApplicationsPage other = page(true, null);
        other.setCoopParam("8");
        other.load();
        assertThat(other.getCooperative()).isNull();
        assertThat(other.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    private ApplicationsPage page(boolean manager, Problem refusal) {
        ApplicationsPage page = new ApplicationsPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.api = Fakes.of(MembershipClient.class, Map.of(
                "members", args -> {
                    calls.add("members " + args[2]);
                    return List.of(Members.applicant(40, "강하늘", 1));
                },
                "approve", args -> {
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return Members.active(40, 7, "강하늘", 1);
                },
                "refuse", args -> {
                    refusals.add(args);
                    return Members.applicant(40, "강하늘", 1);
                }));
        return page;
    }
}
