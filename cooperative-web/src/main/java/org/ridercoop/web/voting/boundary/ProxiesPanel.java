package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Proxy;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * The board registers a member's proxy for a meeting (§23) on the meeting page ({@code #{proxiesPanel}}): the
 * member, their proxy (another member on the roll, or a cohabiting family member by name and relationship) and the
 * reference of the written proof; and the list of proxies registered. The API checks the roll and the one-to-one
 * rule; its refusal shows above the form.
 */
@Named("proxiesPanel")
@ViewScoped
public class ProxiesPanel implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String MEMBER = "MEMBER";
    public static final String FAMILY = "FAMILY";

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    private long coopId;
    private Meeting meeting;
    private boolean shown;
    private List<Proxy> proxies = List.of();
    private List<RollMember> members = List.of();
    private Refusal refusal;

    private String principal = "";
    private String kind = MEMBER;
    private String proxyMember = "";
    private String proxyName = "";
    private String relationship = "";
    private String proof = "";

    /** After the meeting page loaded: its proxies and members; shown to those who run the cooperative. */
    public void load(MeetingPage page) {
        load(page.getCoopId(), page.getMeeting(), page.isManager(), page.getProxies(), page.getMembers());
    }

    void load(long coop, Meeting meeting, boolean manager, List<Proxy> proxies, List<RollMember> members) {
        this.coopId = coop;
        this.meeting = meeting;
        this.shown = manager && meeting != null && !"DELEGATES_ASSEMBLY".equals(meeting.kind());
        this.proxies = proxies;
        this.members = members;
    }

    /** A form may register one while voting has not closed; the list stays afterwards. */
    public boolean isOpen() {
        return shown && !meeting.isClosed();
    }

    VotingCommands.AppointProxy body() {
        boolean family = FAMILY.equals(kind);
        var p = Ids.parse(principal);
        var m = Ids.parse(proxyMember);
        return new VotingCommands.AppointProxy(p.isPresent() ? p.getAsLong() : null,
                !family && m.isPresent() ? m.getAsLong() : null,
                family ? Inputs.blankToNull(proxyName) : null, family ? Inputs.blankToNull(relationship) : null,
                Inputs.blankToNull(proof));
    }

    public String register() {
        VotingCommands.AppointProxy body = body();
        long m = meeting.id();
        Answer<Proxy> answer = calls.call("POST /coops/" + coopId + "/meetings/" + m + "/proxies",
                bearer -> api.appointProxy(bearer, coopId, m, body));
        if (answer instanceof Answer.Found) {
            return "/meeting?faces-redirect=true&coop=" + coopId + "&id=" + m + "&done=proxy";
        }
        refusal = Refusal.of(answer);
        return null;
    }

    /** A member of the register by membership id: "3. 김민준", or the id when the register does not have them. */
    public String name(Long membershipId) {
        if (membershipId == null) {
            return "";
        }
        return members.stream().filter(p -> p.id() == membershipId).findFirst()
                .map(p -> (p.memberNumber() == null ? "" : p.memberNumber() + ". ") + p.name()).orElse("#" + membershipId);
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    public boolean isShown() { return shown; }
    public List<Proxy> getProxies() { return proxies; }
    public List<RollMember> getMembers() { return members; }
    public Refusal getRefusal() { return refusal; }
    public List<String> getKinds() { return List.of(MEMBER, FAMILY); }
    public String getPrincipal() { return principal; }
    public void setPrincipal(String v) { principal = Inputs.orEmpty(v); }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = FAMILY.equals(v) ? FAMILY : MEMBER; }
    public String getProxyMember() { return proxyMember; }
    public void setProxyMember(String v) { proxyMember = Inputs.orEmpty(v); }
    public String getProxyName() { return proxyName; }
    public void setProxyName(String v) { proxyName = Inputs.orEmpty(v); }
    public String getRelationship() { return relationship; }
    public void setRelationship(String v) { relationship = Inputs.orEmpty(v); }
    public String getProof() { return proof; }
    public void setProof(String v) { proof = Inputs.orEmpty(v); }
}
