package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.control.CooperativeClient;
import org.ridercoop.web.coop.entity.Appointment;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class OfficersPageTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 26);
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void termsInForceComeFirstChairFirstThenTheEndedOnesAndOnlyActiveMembersCanBePicked() {
        OfficersPage page = page(true, null);
        page.load();
        assertThat(page.getOfficers()).extracting(Officer::name).containsExactly("박서연", "김민준", "한지우", "최도윤");
        assertThat(page.getActiveMembers()).extracting(Member::name).containsExactly("박서연", "김민준");
        assertThat(page.getEndOn()).as("a term already ended cannot end again").containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void anAppointmentIsSentAsTypedAndTheApisRuleIsShownByTheForm() {
        OfficersPage page = page(true, new Problem("urn:ridercoop:problem:one-chair", null, 422, "one chair", null));
        page.load();
        page.setMembershipId("2");
        page.setPosition("CHAIR");
        page.setTermStart("2026-11-26");
        page.setTermEnd("2030-11-25");
        assertThat(page.appoint()).isNull();
        assertThat(sent.getFirst()[2]).isEqualTo(new Appointment(2L, "CHAIR", START, LocalDate.of(2030, 11, 25)));
        assertThat(page.refusal("appoint").messageKey()).isEqualTo("problem.one-chair");
        assertThat(page.refusal("end-1")).isNull();
    }

    @Test
    void endingATermEarlyGoesBackToThePage() {
        OfficersPage page = page(true, null);
        page.load();
        page.getEndOn().put(2L, "2027-01-31");
        assertThat(page.endTerm(2)).isEqualTo("/officers?faces-redirect=true&coop=7&done=ended");
        assertThat(sent.getFirst()[3]).isEqualTo(new Appointment.End(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void aMemberSeesTheBoardButNoFormAndNoRegisterIsAsked() {
        OfficersPage page = page(false, null);
        page.load();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getOfficers()).hasSize(4);
        assertThat(page.getActiveMembers()).isEmpty();
    }

    private OfficersPage page(boolean manager, Problem refusal) {
        OfficersPage page = new OfficersPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.api = Fakes.of(CooperativeClient.class, Map.of(
                "board", args -> List.of(
                        new Officer(3, "AUDITOR", 5, "한지우", START, START.plusYears(4).minusDays(1), null, true),
                        new Officer(4, "DIRECTOR", 6, "최도윤", START, START.plusYears(4).minusDays(1), START.plusDays(30), false),
                        new Officer(2, "DIRECTOR", 2, "김민준", START, START.plusYears(4).minusDays(1), null, true),
                        new Officer(1, "CHAIR", 1, "박서연", START, START.plusYears(4).minusDays(1), null, true)),
                "members", args -> {
                    if (!manager) {
                        throw new AssertionError("the register is the board's");
                    }
                    return List.of(member(2, 2, "김민준"), member(1, 1, "박서연"));
                },
                "appoint", args -> send(args, refusal),
                "endTerm", args -> send(args, refusal)));
        return page;
    }

    private Object send(Object[] args, Problem refusal) {
        sent.add(args);
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return new Officer(9, "DIRECTOR", 2, "김민준", START, START, null, true);
    }

    private static Member member(long id, int number, String name) {
        return new Member(id, number, name, null, null, "ACTIVE", 1, 50_000L, 50_000L, true, START, START, null, 0L);
    }
}
