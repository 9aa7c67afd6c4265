package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Proxy;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

class ProxiesPanelTest {
    private static final List<RollMember> MEMBERS = List.of(new RollMember(20, 1, "박서연"), new RollMember(21, 2, "김민준"),
            new RollMember(26, 6, "이지은"));
    private static final List<Proxy> PROXIES = List.of(
            new Proxy(1, 26, 21L, null, null, "위임장 2026-031", Instant.parse("2026-11-26T03:00:00Z"), "박서연"),
            new Proxy(2, 20, null, "박지훈", "배우자", "위임장 2026-032", Instant.parse("2026-11-26T03:05:00Z"), "박서연"));
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theBoardRegistersAnotherMemberAsProxyWithTheProof() {
        ProxiesPanel panel = panel(null);
        panel.load(7, Votes.meeting(Meeting.VOTING, true, false), true, PROXIES, MEMBERS);
        assertThat(panel.isShown()).isTrue();
        assertThat(panel.isOpen()).isTrue();
        assertThat(panel.name(26L)).isEqualTo("6. 이지은");
        assertThat(panel.name(99L)).as("not on the register the page has").isEqualTo("#99");

        panel.setPrincipal("26");
        panel.setKind("MEMBER");
        panel.setProxyMember("21");
        panel.setProxyName("typed before switching to a member");
        panel.setProof(" 위임장 2026-031 ");
        assertThat(panel.register()).isEqualTo("/meeting?faces-redirect=true&coop=7&id=3&done=proxy");
        assertThat(sent.getFirst()[3]).isEqualTo(new VotingCommands.AppointProxy(26L, 21L, null, null, "위임장 2026-031"));
    }

    @Test
    void aFamilyMemberIsSentByNameAndRelationshipAndTheApisRefusalsAreShown() {
        ProxiesPanel panel = panel(new Problem("urn:ridercoop:problem:proxy-taken", null, 409, "one member only", null));
        panel.load(7, Votes.meeting(Meeting.UPCOMING, true, false), true, List.of(), MEMBERS);
        panel.setPrincipal("20");
        panel.setKind("FAMILY");
        panel.setProxyMember("21");
        panel.setProxyName("박지훈");
        panel.setRelationship("배우자");
        panel.setProof("");
        assertThat(panel.body()).isEqualTo(new VotingCommands.AppointProxy(20L, null, "박지훈", "배우자", null));
        assertThat(panel.register()).isNull();
        assertThat(panel.getRefusal().messageKey()).isEqualTo("problem.proxy-taken");

        ProxiesPanel bad = panel(new Problem("urn:ridercoop:problem:invalid", null, 400, "invalid",
                List.of(new Problem.FieldError("proof", "is required (§23), at most 500 characters"))));
        bad.load(7, Votes.meeting(Meeting.VOTING, true, false), true, List.of(), MEMBERS);
        bad.setPrincipal("x");
        assertThat(bad.body().principalMembershipId()).as("left for the API to name").isNull();
        bad.register();
        assertThat(bad.fieldError("proof")).contains("§23");
    }

    @Test
    void noFormForAMemberAtADelegatesAssemblyOrAfterTheClose() {
        ProxiesPanel member = panel(null);
        member.load(7, Votes.meeting(Meeting.VOTING, true, false), false, List.of(), List.of());
        assertThat(member.isShown()).isFalse();

        ProxiesPanel closed = panel(null);
        closed.load(7, Votes.meeting(Meeting.CLOSED, true, true), true, PROXIES, MEMBERS);
        assertThat(closed.isShown()).as("the list stays").isTrue();
        assertThat(closed.isOpen()).isFalse();

        Meeting m = Votes.meeting(Meeting.VOTING, true, false);
        Meeting delegates = new Meeting(m.id(), "DELEGATES_ASSEMBLY", m.title(), m.startsAt(), m.place(), m.recordDate(),
                m.noticedAt(), m.votingOpensAt(), m.votingClosesAt(), m.state(), m.eligibleVoters(), m.calledBy(),
                m.callerEligible(), m.motions(), List.of());
        ProxiesPanel atDelegates = panel(null);
        atDelegates.load(7, delegates, true, List.of(), MEMBERS);
        assertThat(atDelegates.isShown()).isFalse();
    }

    private ProxiesPanel panel(Problem refusal) {
        ProxiesPanel panel = new ProxiesPanel();
        panel.calls = SignedIn.calls("token");
        panel.api = Fakes.of(VotingClient.class, Map.of("appointProxy", args -> {
            sent.add(args);
            if (refusal != null) {
                throw new ApiProblem(refusal);
            }
            return PROXIES.getFirst();
        }));
        return panel;
    }
}
