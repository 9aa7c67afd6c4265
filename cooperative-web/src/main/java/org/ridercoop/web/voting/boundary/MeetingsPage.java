package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;


import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Election;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.PendingCase;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * A cooperative's meetings ({@code #{meetingsPage}}, {@code /meetings?coop=N}), latest first; for the board and the
 * operator the form that calls one. Times are typed as Korean date and time and sent as instants. The notice rule
 * (§28: a general assembly at least 7 days ahead) is shown by the start and checked by the API, whose refusal
 * appears above the form. An item of the agenda is a resolution, an election of officers (office, seats, tie rule,
 * candidates among the active members) or the motion to expel a member whose case is pending (always a special
 * resolution, §25).
 */
@Named("meetingsPage")
@ViewScoped
public class MeetingsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    public static final List<String> KINDS = List.of("ORDINARY_GENERAL_ASSEMBLY", "EXTRAORDINARY_GENERAL_ASSEMBLY",
            "DELEGATES_ASSEMBLY", "BOARD_MEETING");
    public static final List<String> RESOLUTIONS = List.of("ORDINARY", "SPECIAL");
    /** Rows of the agenda the form offers at first; empty ones are left out. */
    static final int MOTION_ROWS = 3;
    /** The API takes at most this many motions. */
    static final int MAX_ROWS = 50;
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
    /** The active members, candidates of an election; and the pending expulsion cases, for the board only. */
    private List<RollMember> members = List.of();
    private List<PendingCase> pendingCases = List.of();
    /** The form's row of each motion the last call sent, by its index in the request (empty rows are not sent). */
    private final List<Integer> sentRows = new ArrayList<>();

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
        if (manager) {
            loadCandidatesAndCases(c);
        }
    }

    /** The active members, candidates of an election, and the cooperative's pending expulsion cases in one call. */
    private void loadCandidatesAndCases(long c) {
        members = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE"))
                .found().orElse(List.of()).stream()
                .sorted(Comparator.comparing(RollMember::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        pendingCases = calls.call("GET /coops/" + c + "/expulsion-cases?state=PENDING", bearer -> api.expulsionCases(bearer, c, "PENDING"))
                .found().orElse(List.of()).stream().filter(p -> p.expulsionCase() != null).toList();
    }

    /** One more row of the agenda. */
    public void addMotion() {
        if (motions.size() < MAX_ROWS) {
            motions.add(new MotionRow());
        }
    }

    /** The body the form sends: blank opening means now, blank closing means the start of the meeting. */
    VotingCommands.CallMeeting body() {
        Instant startsAt = Inputs.moment(startDate, startTime);
        Instant opensAt = opensDate.isBlank() && opensTime.isBlank() ? clock.instant() : Inputs.moment(opensDate, opensTime);
        Instant closesAt = closesDate.isBlank() && closesTime.isBlank() ? startsAt : Inputs.moment(closesDate, closesTime);
        List<VotingCommands.Item> items = new ArrayList<>();
        sentRows.clear();
        for (int i = 0; i < motions.size(); i++) {
            if (!motions.get(i).isEmpty()) {
                items.add(motions.get(i).item());
                sentRows.add(i);
            }
        }
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

    /** The first day a general assembly called today may be held on. */
    public LocalDate getEarliestAssembly() {
        return LocalDate.now(clock.withZone(KOREA)).plusDays(NOTICE_DAYS);
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    /** The API's message about a field of the motion in this row of the form ({@code title}, {@code election.seats}, …). */
    public String rowError(int row, String field) {
        int sent = sentRows.indexOf(row);
        return sent < 0 ? null : fieldError("motions[" + sent + "]" + (field.isEmpty() ? "" : "." + field));
    }

    /** Every message of the API about this row's election, whatever its field. */
    public String electionError(int row) {
        int sent = sentRows.indexOf(row);
        if (refusal == null || sent < 0) {
            return null;
        }
        String prefix = "motions[" + sent + "].election";
        List<String> messages = refusal.fields().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().substring(prefix.length()).replaceFirst("^\\.", "") + ": " + e.getValue()).toList();
        return messages.isEmpty() ? null : String.join("; ", messages);
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

    public List<RollMember> getMembers() {
        return members;
    }

    public List<PendingCase> getPendingCases() {
        return pendingCases;
    }

    public List<String> getItemKinds() {
        return MotionRow.KINDS;
    }

    public List<String> getOffices() {
        return Election.OFFICES;
    }

    public List<String> getTieRules() {
        return Election.TIE_RULES;
    }

    public boolean isCanAddMotion() {
        return motions.size() < MAX_ROWS;
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

    /**
     * One row of the agenda in the form: a resolution, an election or an expulsion motion ({@code kind}); only the
     * fields of its kind are sent. An expulsion is always a special resolution (§25), an election an ordinary one.
     */
    public static class MotionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public static final String RESOLUTION = "RESOLUTION";
        public static final String ELECTION = "ELECTION";
        public static final String EXPULSION = "EXPULSION";
        static final List<String> KINDS = List.of(RESOLUTION, ELECTION, EXPULSION);
        private String kind = RESOLUTION;
        private String title = "";
        private String details = "";
        private String resolution = "ORDINARY";
        private String office = "DIRECTOR";
        private String seats = "1";
        private String tieRule = "LOT";
        private final Map<Long, Boolean> candidates = new HashMap<>();
        private String expulsionCase = "";

        boolean isEmpty() {
            boolean noText = title.isBlank() && details.isBlank();
            return switch (kind) {
                case ELECTION -> noText && getCandidateIds().isEmpty();
                case EXPULSION -> noText && expulsionCase.isBlank();
                default -> noText;
            };
        }

        VotingCommands.Item item() {
            String t = Inputs.blankToNull(title);
            String d = Inputs.blankToNull(details);
            return switch (kind) {
                case ELECTION -> new VotingCommands.Item(t, d, "ORDINARY", null, new VotingCommands.NewElection(
                        Inputs.blankToNull(office), Inputs.integer(seats), Inputs.blankToNull(tieRule), getCandidateIds()));
                case EXPULSION -> {
                    var id = Ids.parse(expulsionCase);
                    yield new VotingCommands.Item(t, d, "SPECIAL", id.isPresent() ? id.getAsLong() : null, null);
                }
                default -> new VotingCommands.Item(t, d, Inputs.blankToNull(resolution));
            };
        }

        /** The members ticked as candidates, in the order of their ids. */
        public List<Long> getCandidateIds() {
            return candidates.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                    .sorted().toList();
        }

        public boolean isElection() { return ELECTION.equals(kind); }
        public boolean isExpulsion() { return EXPULSION.equals(kind); }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = KINDS.contains(v) ? v : RESOLUTION; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = Inputs.orEmpty(v); }
        public String getDetails() { return details; }
        public void setDetails(String v) { details = Inputs.orEmpty(v); }
        public String getResolution() { return resolution; }
        public void setResolution(String v) { resolution = Inputs.orEmpty(v); }
        public String getOffice() { return office; }
        public void setOffice(String v) { office = Inputs.orEmpty(v); }
        public String getSeats() { return seats; }
        public void setSeats(String v) { seats = Inputs.orEmpty(v); }
        public String getTieRule() { return tieRule; }
        public void setTieRule(String v) { tieRule = Inputs.orEmpty(v); }
        public Map<Long, Boolean> getCandidates() { return candidates; }
        public String getExpulsionCase() { return expulsionCase; }
        public void setExpulsionCase(String v) { expulsionCase = Inputs.orEmpty(v); }
    }
}
