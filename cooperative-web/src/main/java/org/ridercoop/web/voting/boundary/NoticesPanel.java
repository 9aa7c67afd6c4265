package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Notice;

/**
 * The board's view of a meeting's notice (§28) on the meeting page ({@code #{noticesPanel}}): how many e-mails
 * went out, wait, failed or had no address, how many members have seen the meeting in the app, each member's line,
 * and putting the failed e-mails back in the queue. Sending is the API's; right after a resend they show as queued.
 */
@Named("noticesPanel")
@ViewScoped
public class NoticesPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    private long coopId;
    private long meetingId;
    private boolean shown;
    private List<Notice> notices = List.of();
    private Refusal problem;
    private boolean resent;

    /** After the meeting page loaded: the notices of its meeting, for those who run the cooperative. */
    public void load(MeetingPage page) {
        load(page.getCoopId(), page.getMeeting(), page.isManager());
    }

    void load(long coop, Meeting meeting, boolean manager) {
        shown = manager && meeting != null;
        if (!shown) {
            return;
        }
        coopId = coop;
        meetingId = meeting.id();
        Answer<List<Notice>> answer = calls.call(what("GET", ""), bearer -> api.notices(bearer, coopId, meetingId));
        notices = answer.found().orElse(List.of());
        problem = Refusal.of(answer);
    }

    /** Puts every failed e-mail back in the queue; the list comes back with them queued. */
    public void resendFailed() {
        Answer<List<Notice>> answer = calls.call(what("POST", "/resend"),
                bearer -> api.resendNotices(bearer, coopId, meetingId));
        problem = Refusal.of(answer);
        resent = answer instanceof Answer.Found;
        if (resent) {
            notices = answer.found().orElse(List.of());
        }
    }

    private String what(String method, String tail) {
        return method + " /coops/" + coopId + "/meetings/" + meetingId + "/notices" + tail;
    }

    public long count(String emailStatus) {
        return notices.stream().filter(n -> emailStatus.equals(n.emailStatus())).count();
    }

    public long getSent() {
        return count(Notice.SENT);
    }

    public long getQueued() {
        return count(Notice.QUEUED);
    }

    public long getFailed() {
        return count(Notice.FAILED);
    }

    public long getNoAddress() {
        return count(Notice.NO_ADDRESS);
    }

    public long getSeen() {
        return notices.stream().filter(Notice::isSeen).count();
    }

    public boolean isShown() { return shown; }
    public List<Notice> getNotices() { return notices; }
    public Refusal getProblem() { return problem; }
    public boolean isResent() { return resent; }
}
