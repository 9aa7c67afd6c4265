package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * A cooperative's meetings ({@code #{meetingsPage}}, {@code /meetings?coop=N}), latest first; for the board and the
 * operator the form that calls one. Times are typed as Korean date and time and sent as instants. The notice rule
 * (§28: a general assembly at least 7 days ahead) is shown by the start and checked by the API, whose refusal
 * appears above the form.
 */
@Named("meetingsPage")
@ViewScoped
public class MeetingsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    public static final List<String> KINDS = List.of("ORDINARY_GENERAL_ASSEMBLY", "EXTRAORDINARY_GENERAL_ASSEMBLY",
            "DELEGATES_ASSEMBLY", "BOARD_MEETING");
    public static final List<String> RESOLUTIONS = List.of("ORDINARY", "SPECIAL");
    /** Rows of the agenda the form offers; empty ones are left out. */
    static final int MOTION_ROWS = 3;
    /** §28: the notice of a general assembly goes out at least this many days before it. */
    public static final int NOTICE_DAYS = 7;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    @Inject
    transient CoopAccess access;

    transient Clock clock = Clock.systemUTC();

    private String coopParam;
    private Cooperative cooperative;
    private boolean manager;
    private List<Meeting> meetings = List.of();
    private Refusal loadProblem;
    private Refusal refusal;

    private String kind = "ORDINARY_GENERAL_ASSEMBLY";
    private String title = "";
    private String startDate = "";
    private String startTime = "19:00";
    private String place = "";
    private String opensDate = "";
    private String opensTime = "";
    private String closesDate = "";
    private String closesTime = "";
    private final List<MotionRow> motions = new ArrayList<>();

    public void load() {
        if (motions.isEmpty()) {
            for (int i = 0; i < MOTION_ROWS; i++) {
                motions.add(new MotionRow());
            }
        }
        var id = Ids.parse(coopParam);
        if (id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        Answer<Cooperative> coop = access.cooperative(id.getAsLong());
        cooperative = coop.found().orElse(null);
        if (cooperative == null) {
            loadProblem = Refusal.of(coop);
            return;
        }
        long c = cooperative.id();
        manager = access.manages(c);
        Answer<List<Meeting>> answer = calls.call("GET /coops/" + c + "/meetings", bearer -> api.meetings(bearer, c));
        meetings = answer.found().orElse(List.of());
        loadProblem = Refusal.of(answer);
    }

    /** The body the form sends: blank opening means now, blank closing means the start of the meeting. */
    VotingCommands.CallMeeting body() {
        Instant startsAt = at(startDate, startTime);
        Instant opensAt = opensDate.isBlank() && opensTime.isBlank() ? clock.instant() : at(opensDate, opensTime);
        Instant closesAt = closesDate.isBlank() && closesTime.isBlank() ? startsAt : at(closesDate, closesTime);
        List<VotingCommands.Item> items = motions.stream().filter(row -> !row.isEmpty())
                .map(row -> new VotingCommands.Item(Inputs.blankToNull(row.getTitle()), Inputs.blankToNull(row.getDetails()),
                        Inputs.blankToNull(row.getResolution())))
                .toList();
        return new VotingCommands.CallMeeting(Inputs.blankToNull(kind), Inputs.blankToNull(title), startsAt,
                Inputs.blankToNull(place), opensAt, closesAt, items);
    }

    public String callMeeting() {
        long c = cooperative.id();
        VotingCommands.CallMeeting body = body();
        Answer<Meeting> answer = calls.call("POST /coops/" + c + "/meetings", bearer -> api.call(bearer, c, body));
        if (answer instanceof Answer.Found<Meeting> found && found.value() != null) {
            return "/meeting?faces-redirect=true&coop=" + c + "&id=" + found.value().id() + "&done=called";
        }
        refusal = Refusal.of(answer);
        return null;
    }

    /** A Korean date and time as an instant; null when either does not parse, so that the API names the field. */
    static Instant at(String date, String time) {
        LocalDate day = Inputs.date(date);
        if (day == null || time == null || time.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.of(day, LocalTime.parse(time.strip())).atZone(KOREA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first day a general assembly called today may be held on. */
    public LocalDate getEarliestAssembly() {
        return LocalDate.now(clock.withZone(KOREA)).plusDays(NOTICE_DAYS);
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<String> getResolutions() {
        return RESOLUTIONS;
    }

    public List<MotionRow> getMotions() {
        return motions;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = Inputs.orEmpty(v); }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = Inputs.orEmpty(v); }
    public String getStartDate() { return startDate; }
    public void setStartDate(String v) { startDate = Inputs.orEmpty(v); }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = Inputs.orEmpty(v); }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = Inputs.orEmpty(v); }
    public String getOpensDate() { return opensDate; }
    public void setOpensDate(String v) { opensDate = Inputs.orEmpty(v); }
    public String getOpensTime() { return opensTime; }
    public void setOpensTime(String v) { opensTime = Inputs.orEmpty(v); }
    public String getClosesDate() { return closesDate; }
    public void setClosesDate(String v) { closesDate = Inputs.orEmpty(v); }
    public String getClosesTime() { return closesTime; }
    public void setClosesTime(String v) { closesTime = Inputs.orEmpty(v); }

    /** One row of the agenda in the form. */
    public static class MotionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title = "";
        private String details = "";
        private String resolution = "ORDINARY";

        boolean isEmpty() {
            return title.isBlank() && details.isBlank();
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = Inputs.orEmpty(v); }
        public String getDetails() { return details; }
        public void setDetails(String v) { details = Inputs.orEmpty(v); }
        public String getResolution() { return resolution; }
        public void setResolution(String v) { resolution = Inputs.orEmpty(v); }
    }
}
