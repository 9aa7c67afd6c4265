package org.ridercoop.web.shifts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.shifts.control.OwnMembership;
import org.ridercoop.web.shifts.control.ShiftRefusals;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.Weeks;
import org.ridercoop.web.shifts.entity.WorkRecord;

/**
 * Work records ({@code #{workPage}}, {@code /work?coop=N}): a rider's own of the last 31 days with their status, and
 * the form to submit one (start, end, deliveries, km, income; optionally the shift it was); for the board the
 * confirmation inbox of submitted records, confirmed or rejected with a reason. A consultant sees the inbox only.
 */
@Named("workPage")
@ViewScoped
public class WorkPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient ShiftsClient api;

    @Inject
    transient CoopAccess access;

    @Inject
    transient OwnMembership own;

    /** Serializable (the system clock and a fixed one both are), so a replicated view keeps it. */
    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Long me;
    private List<WorkRecord> mine = List.of();
    private List<WorkRecord> inbox = List.of();
    private boolean inboxShown;
    private List<Shift> recentShifts = List.of();
    private Refusal loadProblem;
    private Refusal refusal;
    private final Map<Long, Refusal> inboxRefusals = new HashMap<>();
    private final Map<Long, String> rejectReason = new HashMap<>();

    private String shiftId = "";
    private String startedAt = "";
    private String endedAt = "";
    private String deliveries = "";
    private String distanceKm = "";
    private String incomeWon = "";

    public void load() {
        var coop = Ids.parse(coopParam);
        if (coop.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        Answer<Cooperative> found = access.cooperative(c);
        cooperative = found.found().orElse(null);
        if (cooperative == null) {
            loadProblem = Refusal.of(found);
            return;
        }
        manager = access.manages(c);
        me = own.id(c);
        reload();
    }

    void reload() {
        long c = coop();
        LocalDate today = LocalDate.now(clock.withZone(Weeks.KOREA));
        if (me != null) {
            Answer<List<WorkRecord>> answer = calls.call("GET /coops/" + c + "/work-records",
                    b -> api.workRecords(b, c, today.minusDays(30).toString(), today.toString(), null));
            mine = answer.found().orElse(List.of()).stream().filter(r -> r.membershipId() == me).toList();
            loadProblem = Refusal.of(answer);
            recentShifts = calls.call("GET /coops/" + c + "/shifts", b -> api.shifts(b, c, today.minusDays(13).toString(), today.toString())).found()
                    .orElse(List.of()).stream().filter(s -> s.isMine() && !s.cancelled() && s.isStarted(clock.instant())).toList();
        }
        // the board and a consultant read every member's records; the API answers a member with their own only
        Answer<List<WorkRecord>> submitted = calls.call("GET /coops/" + c + "/work-records?status=SUBMITTED",
                b -> api.workRecords(b, c, today.minusDays(365).toString(), today.plusDays(1).toString(), WorkRecord.SUBMITTED));
        inboxShown = manager || me == null && submitted instanceof Answer.Found;
        inbox = inboxShown ? submitted.found().orElse(List.of()) : List.of();
    }

    ShiftCommands.NewWorkRecord body() {
        var shift = Ids.parse(shiftId);
        return new ShiftCommands.NewWorkRecord(null, shift.isPresent() ? shift.getAsLong() : null, Weeks.local(startedAt),
                Weeks.local(endedAt), Inputs.integer(deliveries), km(distanceKm), Inputs.number(incomeWon));
    }

    /** "42.5", "42,5" and "42.5 km" are forty-two and a half kilometres; anything else is null. */
    static BigDecimal km(String text) {
        String t = text == null ? "" : text.strip().replaceFirst("(?i)\\s*km$", "").replace(',', '.');
        if (!t.matches("[0-9]{1,4}(\\.[0-9]{1,3})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    public String submit() {
        ShiftCommands.NewWorkRecord body = body();
        long c = coop();
        Answer<WorkRecord> answer = calls.call("POST /coops/" + c + "/work-records", b -> api.addWorkRecord(b, c, body));
        if (answer instanceof Answer.Found) {
            return here() + "&done=recorded";
        }
        refusal = ShiftRefusals.of(answer);
        return null;
    }

    public String confirm(long recordId) {
        return decide(recordId, "confirmed", b -> api.confirm(b, coop(), recordId, new ShiftCommands.Empty()));
    }

    public String reject(long recordId) {
        String reason = Inputs.blankToNull(rejectReason.get(recordId));
        if (reason == null) {
            inboxRefusals.put(recordId, ShiftRefusals.local("work.reject.reason.required"));
            return null;
        }
        return decide(recordId, "rejected", b -> api.reject(b, coop(), recordId, new ShiftCommands.Decision(reason)));
    }

    private String decide(long recordId, String outcome, Function<String, ?> call) {
        Answer<?> answer = calls.call("POST /coops/" + coop() + "/work-records/" + recordId + "/" + outcome, call);
        if (answer instanceof Answer.Found) {
            return here() + "&done=" + outcome;
        }
        inboxRefusals.put(recordId, ShiftRefusals.of(answer));
        reload();
        return null;
    }

    private String here() {
        return "/work?faces-redirect=true&coop=" + coop();
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    public Refusal inboxRefusal(long recordId) {
        return inboxRefusals.get(recordId);
    }

    /** Totals of the records shown: minutes, deliveries and income of the confirmed ones. */
    public long getConfirmedMinutes() {
        return mine.stream().filter(r -> "CONFIRMED".equals(r.status())).mapToLong(WorkRecord::minutes).sum();
    }

    public long getConfirmedIncome() {
        return mine.stream().filter(r -> "CONFIRMED".equals(r.status())).mapToLong(WorkRecord::incomeWon).sum();
    }

    public boolean isFound() { return cooperative != null; }
    public boolean isMember() { return me != null; }
    public boolean isManager() { return manager; }
    public boolean isInboxShown() { return inboxShown; }
    public Cooperative getCooperative() { return cooperative; }
    public List<WorkRecord> getMine() { return mine; }
    public List<WorkRecord> getInbox() { return inbox; }
    public List<Shift> getRecentShifts() { return recentShifts; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getRefusal() { return refusal; }
    public Map<Long, String> getRejectReason() { return rejectReason; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getShiftId() { return shiftId; }
    public void setShiftId(String v) { shiftId = Inputs.orEmpty(v); }
    public String getStartedAt() { return startedAt; }
    public void setStartedAt(String v) { startedAt = Inputs.orEmpty(v); }
    public String getEndedAt() { return endedAt; }
    public void setEndedAt(String v) { endedAt = Inputs.orEmpty(v); }
    public String getDeliveries() { return deliveries; }
    public void setDeliveries(String v) { deliveries = Inputs.orEmpty(v); }
    public String getDistanceKm() { return distanceKm; }
    public void setDistanceKm(String v) { distanceKm = Inputs.orEmpty(v); }
    public String getIncomeWon() { return incomeWon; }
    public void setIncomeWon(String v) { incomeWon = Inputs.orEmpty(v); }

    Instant now() {
        return clock.instant();
    }
}
