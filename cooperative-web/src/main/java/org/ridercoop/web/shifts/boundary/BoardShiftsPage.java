package org.ridercoop.web.shifts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.ridercoop.web.shifts.control.ShiftRefusals;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.ShiftRules;
import org.ridercoop.web.shifts.entity.SignupWindow;
import org.ridercoop.web.shifts.entity.Template;
import org.ridercoop.web.shifts.entity.Weeks;
import org.ridercoop.web.shifts.entity.Zone;

/**
 * Running shifts ({@code #{boardShifts}}, {@code /shifts-board?coop=N&week=yyyy-MM-dd}): the week's coverage grid
 * (days down, zones across; each shift's filled and wanted places, uncovered ones highlighted), publishing a shift,
 * the weekly template and publishing a week from it, the safety rules (limits in hours, rest in minutes, the
 * latest end as a time), and the sign-up windows (open one, see its requests, allocate now). A consultant reads it all
 * and gets no forms.
 */
@Named("boardShifts")
@ViewScoped
public class BoardShiftsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient ShiftsClient api;

    @Inject
    transient CoopAccess access;

    /** Serializable (the system clock and a fixed one both are), so a replicated view keeps it. */
    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String weekParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private LocalDate monday;
    private List<Zone> zones = List.of();
    private List<Shift> shifts = List.of();
    private ShiftRules rules;
    private Template template;
    private List<SignupWindow> windows = List.of();
    private Refusal loadProblem;
    private final Map<String, Refusal> refusals = new HashMap<>();

    private String zoneId = "";
    private String day = "";
    private String start = "";
    private String end = "";
    private String ridersWanted = "";
    private String note = "";

    private String maxDay = "";
    private String maxWeek = "";
    private String minRest = "";
    private String latestEnd = "";

    private String zoneName = "";
    private String slotZone = "";
    private String slotDay = DayOfWeek.MONDAY.name();
    private String slotStart = "";
    private String slotEnd = "";
    private String slotRiders = "";

    private String windowWeek = "";
    private String windowCloses = "";

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
        monday = Weeks.week(weekParam, today());
        reload();
        if (rules != null) {
            maxDay = Weeks.hours(rules.maxMinutesPerDay());
            maxWeek = Weeks.hours(rules.maxMinutesPerWeek());
            minRest = rules.minRestMinutes() == null ? "" : String.valueOf(rules.minRestMinutes());
            latestEnd = rules.latestEndMinute() == null ? "" : Weeks.clock(rules.latestEndMinute());
        }
        day = monday.toString();
        LocalDate next = Weeks.monday(today()).plusWeeks(1);
        windowWeek = next.toString();
        windowCloses = Weeks.local(next.minusDays(2).atTime(18, 0).atZone(Weeks.KOREA).toInstant());
    }

    void reload() {
        long c = coop();
        Answer<List<Shift>> answer = calls.call("GET /coops/" + c + "/shifts", b -> api.shifts(b, c, monday.toString(), monday.plusDays(6).toString()));
        shifts = answer.found().orElse(List.of());
        loadProblem = Refusal.of(answer);
        zones = calls.call("GET /coops/" + c + "/zones", b -> api.zones(b, c)).found().orElse(List.of());
        rules = calls.call("GET /coops/" + c + "/shift-rules", b -> api.rules(b, c)).found().orElse(null);
        template = calls.call("GET /coops/" + c + "/shift-template", b -> api.template(b, c)).found().orElse(null);
        windows = calls.call("GET /coops/" + c + "/signup-windows", b -> api.windows(b, c)).found().orElse(List.of());
    }

    /** The grid's columns: active zones, and any other zone with a shift this week. */
    public List<Zone> getColumns() {
        return zones.stream().filter(z -> z.active() || shifts.stream().anyMatch(s -> s.zoneId() == z.id())).toList();
    }

    public List<LocalDate> getDays() {
        return monday == null ? List.of() : Weeks.days(monday);
    }

    /** The shifts of one cell of the grid, by start. */
    public List<Shift> cell(LocalDate date, long zone) {
        return cell(shifts, date, zone);
    }

    static List<Shift> cell(List<Shift> shifts, LocalDate date, long zone) {
        return shifts.stream().filter(s -> s.zoneId() == zone && Weeks.day(s.startsAt()).equals(date))
                .sorted(Comparator.comparing(Shift::startsAt)).toList();
    }

    /** Places still to find riders for this week: open ones and urgent offers, of shifts not cancelled. */
    public int getUncovered() {
        return shifts.stream().filter(s -> !s.cancelled()).mapToInt(Shift::uncovered).sum();
    }

    public int getWanted() {
        return shifts.stream().filter(s -> !s.cancelled()).mapToInt(Shift::ridersWanted).sum();
    }

    public int getFilled() {
        return shifts.stream().filter(s -> !s.cancelled()).mapToInt(Shift::filled).sum();
    }

    /** The template's slots day by day (Monday first), each day's by start. */
    public Map<DayOfWeek, List<Template.Slot>> getTemplateDays() {
        Map<DayOfWeek, List<Template.Slot>> byDay = new LinkedHashMap<>();
        if (template == null) {
            return byDay;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Template.Slot> slots = template.slots().stream().filter(s -> s.dayOfWeek() == d)
                    .sorted(Comparator.comparing(Template.Slot::start)).toList();
            if (!slots.isEmpty()) {
                byDay.put(d, slots);
            }
        }
        return byDay;
    }

    public List<DayOfWeek> getTemplateDayList() {
        return new ArrayList<>(getTemplateDays().keySet());
    }

    public String zoneName(Long id) {
        return id == null ? "" : zones.stream().filter(z -> z.id() == id).map(Zone::name).findFirst().orElse("#" + id);
    }

    ShiftCommands.NewShift newShift() {
        var zone = Ids.parse(zoneId);
        LocalDate date = Weeks.date(day);
        Instant from = Weeks.at(date, start);
        Instant to = Weeks.at(date, end);
        // a shift ending at or before its start ends the next day ("21:00" to "00:00", or "02:00")
        if (from != null && to != null && !to.isAfter(from)) {
            to = Weeks.at(date.plusDays(1), end);
        }
        return new ShiftCommands.NewShift(zone.isPresent() ? zone.getAsLong() : null, from, to, Inputs.integer(ridersWanted),
                Inputs.blankToNull(note));
    }

    public String publish() {
        ShiftCommands.NewShift body = newShift();
        return change("publish", "published", "POST /shifts", b -> api.publish(b, coop(), body));
    }

    public String publishWeek() {
        return change("template", "week", "POST /shifts/from-template",
                b -> api.fromTemplate(b, coop(), new ShiftCommands.Week(monday)));
    }

    public String addZone() {
        ShiftCommands.NewZone body = new ShiftCommands.NewZone(Inputs.blankToNull(zoneName));
        return change("zone", "zone", "POST /zones", b -> api.addZone(b, coop(), body));
    }

    /** The template with one more slot. */
    Template withSlot() {
        List<Template.Slot> slots = new ArrayList<>(template == null ? List.of() : template.slots());
        var zone = Ids.parse(slotZone);
        DayOfWeek dayOfWeek = java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(slotDay)).findFirst().orElse(null);
        slots.add(new Template.Slot(zone.isPresent() ? zone.getAsLong() : null, dayOfWeek, Inputs.blankToNull(slotStart),
                Inputs.blankToNull(slotEnd), Inputs.integer(slotRiders)));
        return new Template(slots);
    }

    /** The template without one of its slots (the first equal one). */
    Template withoutSlot(Template.Slot slot) {
        List<Template.Slot> slots = new ArrayList<>(template == null ? List.of() : template.slots());
        slots.remove(slot);
        return new Template(slots);
    }

    public String addSlot() {
        Template body = withSlot();
        return change("slot", "slot", "PUT /shift-template", b -> api.setTemplate(b, coop(), body));
    }

    public String removeSlot(Template.Slot slot) {
        Template body = withoutSlot(slot);
        return change("template", "slot-removed", "PUT /shift-template", b -> api.setTemplate(b, coop(), body));
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    ShiftRules newRules() {
        return new ShiftRules(Weeks.hours(maxDay), Weeks.hours(maxWeek), Inputs.integer(minRest), Weeks.clock(latestEnd));
    }

    public String saveRules() {
        ShiftRules body = newRules();
        return change("rules", "rules", "PUT /shift-rules", b -> api.setRules(b, coop(), body));
    }

    public String openWindow() {
        ShiftCommands.NewWindow body = new ShiftCommands.NewWindow(Weeks.date(windowWeek), Weeks.local(windowCloses));
        return change("window", "window", "POST /signup-windows", b -> api.openWindow(b, coop(), body));
    }

    public String allocate(long windowId) {
        return change("window-" + windowId, "allocated", "POST /signup-windows/" + windowId + "/allocate",
                b -> api.allocate(b, coop(), windowId, new ShiftCommands.Empty()));
    }

    private String change(String about, String outcome, String what, Function<String, ?> call) {
        refusals.clear();
        Answer<?> answer = calls.call(what, call);
        if (answer instanceof Answer.Found) {
            return "/shifts-board?faces-redirect=true&coop=" + coop() + "&week=" + monday + "&done=" + outcome;
        }
        refusals.put(about, ShiftRefusals.of(answer));
        reload();
        return null;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Weeks.KOREA));
    }

    public Refusal refusal(String about) {
        return refusals.get(about);
    }

    public String fieldError(String about, String field) {
        Refusal r = refusals.get(about);
        return r == null ? null : r.field(field);
    }

    public boolean isToday(LocalDate date) {
        return today().equals(date);
    }

    public boolean isFound() { return cooperative != null; }
    public boolean isManager() { return manager; }
    public Cooperative getCooperative() { return cooperative; }
    public LocalDate getMonday() { return monday; }
    public LocalDate getPreviousWeek() { return monday == null ? null : monday.minusWeeks(1); }
    public LocalDate getNextWeek() { return monday == null ? null : monday.plusWeeks(1); }
    public List<Zone> getZones() { return zones; }
    public List<Shift> getShifts() { return shifts; }
    public ShiftRules getRules() { return rules; }
    public Template getTemplate() { return template; }
    public String getZoneName() { return zoneName; }
    public void setZoneName(String zoneName) { this.zoneName = zoneName; }
    public String getSlotZone() { return slotZone; }
    public void setSlotZone(String slotZone) { this.slotZone = slotZone; }
    public String getSlotDay() { return slotDay; }
    public void setSlotDay(String slotDay) { this.slotDay = slotDay; }
    public String getSlotStart() { return slotStart; }
    public void setSlotStart(String slotStart) { this.slotStart = slotStart; }
    public String getSlotEnd() { return slotEnd; }
    public void setSlotEnd(String slotEnd) { this.slotEnd = slotEnd; }
    public String getSlotRiders() { return slotRiders; }
    public void setSlotRiders(String slotRiders) { this.slotRiders = slotRiders; }
    public List<SignupWindow> getWindows() { return windows; }
    public Refusal getLoadProblem() { return loadProblem; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getWeekParam() { return weekParam; }
    public void setWeekParam(String v) { if (v != null) { weekParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getZoneId() { return zoneId; }
    public void setZoneId(String v) { zoneId = Inputs.orEmpty(v); }
    public String getDay() { return day; }
    public void setDay(String v) { day = Inputs.orEmpty(v); }
    public String getStart() { return start; }
    public void setStart(String v) { start = Inputs.orEmpty(v); }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = Inputs.orEmpty(v); }
    public String getRidersWanted() { return ridersWanted; }
    public void setRidersWanted(String v) { ridersWanted = Inputs.orEmpty(v); }
    public String getNote() { return note; }
    public void setNote(String v) { note = Inputs.orEmpty(v); }
    public String getMaxDay() { return maxDay; }
    public void setMaxDay(String v) { maxDay = Inputs.orEmpty(v); }
    public String getMaxWeek() { return maxWeek; }
    public void setMaxWeek(String v) { maxWeek = Inputs.orEmpty(v); }
    public String getMinRest() { return minRest; }
    public void setMinRest(String v) { minRest = Inputs.orEmpty(v); }
    public String getLatestEnd() { return latestEnd; }
    public void setLatestEnd(String v) { latestEnd = Inputs.orEmpty(v); }
    public String getWindowWeek() { return windowWeek; }
    public void setWindowWeek(String v) { windowWeek = Inputs.orEmpty(v); }
    public String getWindowCloses() { return windowCloses; }
    public void setWindowCloses(String v) { windowCloses = Inputs.orEmpty(v); }
}
