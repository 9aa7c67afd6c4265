package org.ridercoop.web.shifts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.ridercoop.web.shifts.entity.Hours;
import org.ridercoop.web.shifts.entity.Notification;
import org.ridercoop.web.shifts.entity.PooledPlace;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.SignupWindow;
import org.ridercoop.web.shifts.entity.Swap;
import org.ridercoop.web.shifts.entity.Weeks;

/**
 * The rider's week ({@code #{weekPage}}, {@code /shifts?coop=N&week=yyyy-MM-dd}): day by day, their shifts, the open
 * shifts and the pool (urgent offers first), each with one tap to claim, offer or take the offer back; their hours
 * against the weekly and daily limits; swaps proposed to and by them; their notifications; the calendar feed. A
 * safety rule the API refuses a claim by is named in words, with the API's figures.
 */
@Named("weekPage")
@ViewScoped
public class WeekPage implements Serializable {
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
    private String weekParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Long me;
    private LocalDate monday;
    private List<Shift> shifts = List.of();
    private List<PooledPlace> pool = List.of();
    private Hours hours;
    private List<Swap> swaps = List.of();
    private List<Notification> notifications = List.of();
    private List<SignupWindow> windows = List.of();
    private List<Day> days = List.of();
    private Refusal loadProblem;
    /** Why a change did not happen, by what it was about: "shift-5", "pool-5-2", "swap-3", "swaps", "feed", "notifications". */
    private final Map<String, Refusal> refusals = new HashMap<>();
    private final Map<Long, Boolean> urgent = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();
    /** The other rider's shift a swap is proposed for, by my shift: "shiftId:membershipId". */
    private final Map<Long, String> swapWith = new HashMap<>();
    /** The calendar address, shown once after it is made: the API keeps only a hash of its secret. */
    private String feedUrl;

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
        monday = Weeks.week(weekParam, today());
        reload();
    }

    void reload() {
        long c = coop();
        Answer<List<Shift>> answer = calls.call("GET /coops/" + c + "/shifts", b -> api.shifts(b, c, monday.toString(), monday.plusDays(6).toString()));
        shifts = answer.found().orElse(List.of());
        loadProblem = Refusal.of(answer);
        pool = calls.call("GET /coops/" + c + "/shift-pool", b -> api.pool(b, c)).found().orElse(List.of());
        swaps = calls.call("GET /coops/" + c + "/swaps", b -> api.swaps(b, c)).found().orElse(List.of());
        windows = calls.call("GET /coops/" + c + "/signup-windows", b -> api.windows(b, c)).found().orElse(List.of());
        if (me != null) {
            long m = me;
            hours = calls.call("GET /coops/" + c + "/members/" + m + "/shifts/hours", b -> api.hours(b, c, m, monday.toString())).found().orElse(null);
            notifications = calls.call("GET /coops/" + c + "/notifications", b -> api.notifications(b, c)).found().orElse(List.of());
        }
        days = group(monday, shifts, pool, me, now());
    }

    /**
     * The week day by day: my shifts; shifts with open places I could take; places others offered (urgent first),
     * leaving out my own offers (shown on my shift) and shifts I am already on.
     */
    static List<Day> group(LocalDate monday, List<Shift> shifts, List<PooledPlace> pool, Long me, Instant now) {
        Set<Long> mine = new HashSet<>();
        shifts.stream().filter(Shift::isMine).forEach(s -> mine.add(s.id()));
        List<Day> days = new ArrayList<>();
        for (LocalDate date : Weeks.days(monday)) {
            List<Shift> today = shifts.stream().filter(s -> Weeks.day(s.startsAt()).equals(date)).toList();
            List<Shift> my = today.stream().filter(Shift::isMine).toList();
            List<Shift> open = today.stream()
                    .filter(s -> !s.isMine() && !s.cancelled() && s.open() > 0 && !s.isStarted(now)).toList();
            List<PooledPlace> pooled = pool.stream()
                    .filter(p -> Weeks.day(p.startsAt()).equals(date) && !mine.contains(p.shiftId())
                            && (me == null || p.membershipId() != me) && p.startsAt().isAfter(now))
                    .sorted(Comparator.comparing(PooledPlace::urgent).reversed().thenComparing(PooledPlace::startsAt))
                    .toList();
            days.add(new Day(date, my, open, pooled, today.size()));
        }
        return days;
    }

    /** One day of the week: {@code published} counts all its shifts, so an empty day says there were none. */
    public record Day(LocalDate date, List<Shift> mine, List<Shift> open, List<PooledPlace> pooled, int published)
            implements Serializable {
        /** Nothing on the day for me ("empty" is a reserved word of EL). */
        public boolean isBare() {
            return mine.isEmpty() && open.isEmpty() && pooled.isEmpty();
        }
    }

    public String claim(long shiftId) {
        return change("shift-" + shiftId, "claimed", "POST /shifts/" + shiftId + "/claims",
                b -> api.claim(b, coop(), shiftId, new ShiftCommands.Empty()));
    }

    /** Claims an offered place of the pool: the API gives the oldest offer of the shift, or an open place first. */
    public String claimPooled(PooledPlace place) {
        return change("pool-" + place.shiftId() + "-" + place.placeNo(), "claimed", "POST /shifts/" + place.shiftId() + "/claims",
                b -> api.claim(b, coop(), place.shiftId(), new ShiftCommands.Empty()));
    }

    public String offer(long shiftId) {
        ShiftCommands.Offer body = new ShiftCommands.Offer(Boolean.TRUE.equals(urgent.get(shiftId)), Inputs.blankToNull(reason.get(shiftId)));
        return change("shift-" + shiftId, body.urgent() ? "urgent" : "offered", "POST /shifts/" + shiftId + "/offer",
                b -> api.offer(b, coop(), shiftId, body));
    }

    public String withdraw(long shiftId) {
        return change("shift-" + shiftId, "withdrawn", "POST /shifts/" + shiftId + "/offer/withdraw",
                b -> api.withdraw(b, coop(), shiftId, new ShiftCommands.Empty()));
    }

    public String proposeSwap(long myShiftId) {
        String picked = swapWith.get(myShiftId);
        Long[] target = target(picked);
        if (target == null) {
            refusals.put("shift-" + myShiftId, ShiftRefusals.local("shifts.swap.pick"));
            return null;
        }
        return change("shift-" + myShiftId, "proposed", "POST /swaps",
                b -> api.propose(b, coop(), new ShiftCommands.NewSwap(myShiftId, target[0], target[1])));
    }

    /** "12:26" is shift 12 held by membership 26; anything else is nothing picked. */
    static Long[] target(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":");
        if (parts.length != 2) {
            return null;
        }
        var shift = Ids.parse(parts[0]);
        var member = Ids.parse(parts[1]);
        return shift.isPresent() && member.isPresent() ? new Long[] {shift.getAsLong(), member.getAsLong()} : null;
    }

    public String accept(long swapId) {
        return decide(swapId, "accept", "swapped");
    }

    public String decline(long swapId) {
        return decide(swapId, "decline", "declined");
    }

    public String cancelSwap(long swapId) {
        return decide(swapId, "cancel", "cancelled");
    }

    private String decide(long swapId, String decision, String outcome) {
        return change("swap-" + swapId, outcome, "POST /swaps/" + swapId + "/" + decision,
                b -> api.decide(b, coop(), swapId, decision, new ShiftCommands.Empty()));
    }

    public String markRead() {
        return change("notifications", "read", "POST /notifications/read", b -> {
            api.markRead(b, coop(), new ShiftCommands.Empty());
            return Boolean.TRUE;
        });
    }

    /** A new calendar address, shown on this view only; the previous one stops working. */
    public String renewFeed() {
        if (me == null) {
            return null;
        }
        long m = me;
        Answer<ShiftCommands.Feed> answer = calls.call("POST /members/" + m + "/shifts/calendar-feed",
                b -> api.renewFeed(b, coop(), m, new ShiftCommands.Empty()));
        feedUrl = answer.found().map(ShiftCommands.Feed::url).orElse(null);
        putRefusal("feed", answer);
        done = feedUrl == null ? null : "feed";
        return null;
    }

    public String revokeFeed() {
        if (me == null) {
            return null;
        }
        long m = me;
        Answer<Boolean> answer = calls.call("DELETE /members/" + m + "/shifts/calendar-feed", b -> {
            api.revokeFeed(b, coop(), m);
            return Boolean.TRUE;
        });
        feedUrl = null;
        if (answer instanceof Answer.NotFound) {
            refusals.put("feed", ShiftRefusals.local("shifts.feed.none"));
            return null;
        }
        putRefusal("feed", answer);
        done = refusals.containsKey("feed") ? null : "revoked";
        return null;
    }

    private String change(String about, String outcome, String what, Function<String, ?> call) {
        refusals.clear();
        Answer<?> answer = calls.call(what, call);
        if (answer instanceof Answer.Found) {
            return here() + "&done=" + outcome;
        }
        putRefusal(about, answer);
        reload();
        return null;
    }

    private void putRefusal(String about, Answer<?> answer) {
        Refusal refusal = ShiftRefusals.of(answer);
        if (refusal == null) {
            refusals.remove(about);
        } else {
            refusals.put(about, refusal);
        }
    }

    private String here() {
        return "/shifts?faces-redirect=true&coop=" + coop() + "&week=" + monday;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Weeks.KOREA));
    }

    Instant now() {
        return clock.instant();
    }

    /** Others' places on the week's shifts not yet started that I am not on: what I may propose a swap for. */
    public List<SwapTarget> getSwapTargets() {
        Instant now = now();
        List<SwapTarget> targets = new ArrayList<>();
        for (Shift s : shifts) {
            if (s.isMine() || s.cancelled() || s.isStarted(now)) {
                continue;
            }
            for (Shift.Place p : s.othersHolding()) {
                targets.add(new SwapTarget(s.id() + ":" + p.membershipId(), s.zone(), s.startsAt(), s.endsAt(), p.name()));
            }
        }
        return targets;
    }

    public record SwapTarget(String value, String zone, Instant startsAt, Instant endsAt, String name) implements Serializable {
    }

    /** Swaps other riders proposed to me, waiting for my answer. */
    public List<Swap> getIncoming() {
        return swaps.stream().filter(s -> s.isProposed() && me != null && s.toMembershipId() == me).toList();
    }

    /** Swaps I proposed, waiting for the other rider. */
    public List<Swap> getOutgoing() {
        return swaps.stream().filter(s -> s.isProposed() && me != null && s.fromMembershipId() == me).toList();
    }

    /** Decided swaps of mine, latest first, a few. */
    public List<Swap> getDecided() {
        return swaps.stream().filter(s -> !s.isProposed()).sorted(Comparator.comparing(Swap::createdAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(5).toList();
    }

    public boolean canAct(Shift shift) {
        return me != null && !shift.cancelled() && !shift.isStarted(now());
    }

    public boolean isHasUnread() {
        return notifications.stream().anyMatch(Notification::isUnread);
    }

    public long getUnread() {
        return notifications.stream().filter(Notification::isUnread).count();
    }

    /** Sign-up windows for this week or later: open ones to ask in, allocated ones to see what came of it. */
    public List<SignupWindow> getCurrentWindows() {
        LocalDate thisWeek = Weeks.monday(today());
        return windows.stream().filter(w -> w.weekOf() != null && !w.weekOf().isBefore(thisWeek)).toList();
    }

    /** Today's minutes against the daily limit, when today is in the week shown. */
    public Hours.Day getToday() {
        return hours == null ? null : hours.day(today()).orElse(null);
    }

    public long minutesOn(LocalDate date) {
        return hours == null ? 0 : hours.day(date).map(Hours.Day::minutes).orElse(0L);
    }

    public boolean isOverWeek() {
        return hours != null && hours.minutes() > hours.maxMinutesPerWeek();
    }

    public boolean isToday(LocalDate date) {
        return today().equals(date);
    }

    public Refusal refusal(String about) {
        return refusals.get(about);
    }

    public boolean isFound() {
        return cooperative != null;
    }

    public boolean isMember() {
        return me != null;
    }

    public LocalDate getPreviousWeek() {
        return monday == null ? null : monday.minusWeeks(1);
    }

    public LocalDate getNextWeek() {
        return monday == null ? null : monday.plusWeeks(1);
    }

    public boolean isThisWeek() {
        return monday != null && monday.equals(Weeks.monday(today()));
    }

    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public Long getMe() { return me; }
    public LocalDate getMonday() { return monday; }
    public List<Shift> getShifts() { return shifts; }
    public List<PooledPlace> getPool() { return pool; }
    public Hours getHours() { return hours; }
    public List<Notification> getNotifications() { return notifications; }
    public List<Day> getDays() { return days; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Map<Long, Boolean> getUrgent() { return urgent; }
    public Map<Long, String> getReason() { return reason; }
    public Map<Long, String> getSwapWith() { return swapWith; }
    public String getFeedUrl() { return feedUrl; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getWeekParam() { return weekParam; }
    public void setWeekParam(String v) { if (v != null) { weekParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
}
