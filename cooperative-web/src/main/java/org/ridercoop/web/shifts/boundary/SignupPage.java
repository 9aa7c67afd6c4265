package org.ridercoop.web.shifts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.shifts.control.OwnMembership;
import org.ridercoop.web.shifts.control.ShiftRefusals;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.SignupWindow;

/**
 * A sign-up window ({@code #{signupPage}}, {@code /signup?coop=N&id=W}): while it is open, a rider numbers the
 * week's shifts they want (1 = most wanted) and saves; after the allocation, each request's outcome and why, as
 * the API explains it. The board may allocate at once.
 */
@Named("signupPage")
@ViewScoped
public class SignupPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_REQUESTS = 30;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient ShiftsClient api;

    @Inject
    transient CoopAccess access;

    @Inject
    transient OwnMembership own;

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Long me;
    private SignupWindow window;
    private List<Shift> shifts = List.of();
    private Refusal loadProblem;
    private Refusal refusal;
    /** The number a rider gave each shift ("1" most wanted), by shift id; blank for not wanted. */
    private final Map<Long, String> rank = new HashMap<>();

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        if (coop.isEmpty() || id.isEmpty()) {
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
        reload(c, id.getAsLong());
    }

    void reload(long c, long w) {
        Answer<SignupWindow> answer = calls.call("GET /coops/" + c + "/signup-windows/" + w, b -> api.window(b, c, w));
        window = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (window == null) {
            return;
        }
        shifts = calls.call("GET /coops/" + c + "/shifts", b -> api.shifts(b, c, window.weekOf().toString(), window.weekOf().plusDays(6).toString()))
                .found().orElse(List.of()).stream().filter(s -> !s.cancelled()).toList();
        rank.clear();
        window.myRequests().forEach(r -> rank.put(r.shiftId(), String.valueOf(r.rank())));
    }

    /** The shifts numbered, in the order of their numbers (ties by start); blank and bad numbers left out. */
    static List<Long> ordered(Map<Long, String> rank, List<Shift> shifts) {
        List<Shift> wanted = new ArrayList<>();
        for (Shift s : shifts) {
            var n = Ids.parse(rank.get(s.id()));
            if (n.isPresent()) {
                wanted.add(s);
            }
        }
        wanted.sort(Comparator.<Shift>comparingLong(s -> Ids.parse(rank.get(s.id())).getAsLong()).thenComparing(Shift::startsAt));
        return wanted.stream().map(Shift::id).toList();
    }

    public String save() {
        List<Long> ids = ordered(rank, shifts);
        if (ids.size() > MAX_REQUESTS) {
            refusal = ShiftRefusals.local("signup.toomany");
            return null;
        }
        long c = coop();
        long w = window.id();
        Answer<SignupWindow> answer = calls.call("PUT /coops/" + c + "/signup-windows/" + w + "/requests",
                b -> api.request(b, c, w, new ShiftCommands.Requests(ids)));
        if (answer instanceof Answer.Found) {
            return here() + "&done=saved";
        }
        refusal = ShiftRefusals.of(answer);
        return null;
    }

    public String allocate() {
        long c = coop();
        long w = window.id();
        Answer<SignupWindow> answer = calls.call("POST /coops/" + c + "/signup-windows/" + w + "/allocate",
                b -> api.allocate(b, c, w, new ShiftCommands.Empty()));
        if (answer instanceof Answer.Found) {
            return here() + "&done=allocated";
        }
        refusal = ShiftRefusals.of(answer);
        return null;
    }

    private String here() {
        return "/signup?faces-redirect=true&coop=" + coop() + "&id=" + window.id();
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    /** The numbers a shift may get: 1 to the number of shifts (at most 30). */
    public List<Integer> getRanks() {
        return IntStream.rangeClosed(1, Math.min(MAX_REQUESTS, shifts.size())).boxed().toList();
    }

    /** My requests in order of preference, with their shift. */
    public List<Requested> getRequests() {
        if (window == null) {
            return List.of();
        }
        return window.myRequests().stream().sorted(Comparator.comparingInt(SignupWindow.Request::rank))
                .map(r -> new Requested(r, shift(r.shiftId()).orElse(null))).toList();
    }

    public record Requested(SignupWindow.Request request, Shift shift) implements Serializable {
    }

    private Optional<Shift> shift(long id) {
        return shifts.stream().filter(s -> s.id() == id).findFirst();
    }

    public boolean isFound() { return window != null; }
    public boolean isMember() { return me != null; }
    public boolean isManager() { return manager; }
    public boolean isEditable() { return window != null && window.isOpen() && me != null; }
    public Cooperative getCooperative() { return cooperative; }
    public SignupWindow getWindow() { return window; }
    public List<Shift> getShifts() { return shifts; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getRefusal() { return refusal; }
    public Map<Long, String> getRank() { return rank; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
}
