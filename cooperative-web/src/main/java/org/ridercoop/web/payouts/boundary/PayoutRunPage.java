package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.Run;
import org.ridercoop.web.payouts.entity.RunView;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A payout run ({@code #{payoutRun}}, {@code /payout-run?coop=N&id=R}): the preview before it is posted (the pool,
 * its deductions, every member's work, share, part, withholding, payable) and, for the board, the step the run is
 * at: approve (by someone other than who prepared it), post, mark all paid, reverse. Post, pay and reverse carry an
 * Idempotency-Key made when the page is shown, so a double tap or a retry is done once; a refused step gets a new key.
 */
@Named("payoutRun")
@ViewScoped
public class PayoutRunPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, Object> EMPTY = Map.of();

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient PayoutsClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private RunView view;
    private boolean manager;
    private Refusal loadProblem;
    private Refusal refusal;
    private final Map<String, String> keys = new HashMap<>();

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        if (coop.isEmpty() || id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long r = id.getAsLong();
        Answer<RunView> answer = calls.call("GET /coops/" + c + "/payout-runs/" + r, bearer -> api.run(bearer, c, r));
        view = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (view == null) {
            return;
        }
        cooperative = access.cooperative(c).found().orElse(null);
        manager = access.manages(c);
        for (String step : new String[] {"post", "pay", "reverse"}) {
            keys.put(step, UUID.randomUUID().toString());
        }
    }

    public String approve() {
        return step("approve", "approve", "/approve", bearer -> api.approve(bearer, coop(), id(), EMPTY));
    }

    public String post() {
        String key = keys.get("post");
        return step("post", "post", "/post", bearer -> api.post(bearer, key, coop(), id(), EMPTY));
    }

    /** Every unpaid line of the run, paid. */
    public String payAll() {
        String key = keys.get("pay");
        return step("pay", "pay", "/payments", bearer -> api.pay(bearer, key, coop(), id(), new PayoutCommands.Payment(null)));
    }

    /** One member's payout, paid (transferred on its own, or the others not yet). Each line keeps its own key. */
    public String payOne(long membershipId) {
        String keyName = "pay-" + membershipId;
        String key = keys.computeIfAbsent(keyName, k -> UUID.randomUUID().toString());
        return step("pay", keyName, "/payments", bearer -> api.pay(bearer, key, coop(), id(), new PayoutCommands.Payment(java.util.List.of(membershipId))));
    }

    /** A line the board may mark paid by itself: a posted run's unpaid payout of more than nothing. */
    public boolean canPayLine(org.ridercoop.web.payouts.entity.Line line) {
        return isCanPay() && !line.isPaid() && line.payableWon() > 0;
    }

    /** The reversing run opens next: it is the correction. */
    public String reverse() {
        String key = keys.get("reverse");
        return step("reverse", "reverse", "/reversal", bearer -> api.reverse(bearer, key, coop(), id(), EMPTY));
    }

    private String step(String step, String keyName, String path, Function<String, Run> call) {
        refusal = null;
        Answer<Run> answer = calls.call("POST /coops/" + coop() + "/payout-runs/" + id() + path, call);
        if (answer instanceof Answer.Found<Run> found) {
            return "/payout-run?faces-redirect=true&coop=" + coop() + "&id=" + found.value().id() + "&done=" + step;
        }
        refusal = PayoutRefusals.of(answer, "approve".equals(step));
        keys.put(keyName, UUID.randomUUID().toString());
        return null;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    private long id() {
        return view.run().id();
    }

    public Run getRun() {
        return view == null ? null : view.run();
    }

    public boolean isCanApprove() {
        return manager && Run.PREVIEW.equals(getRun().state());
    }

    public boolean isCanPost() {
        return manager && Run.APPROVED.equals(getRun().state());
    }

    public boolean isCanPay() {
        return manager && getRun().isPostedOriginal() && view.getUnpaid() > 0;
    }

    /** Reversed only while none of it was paid; the API says so too. */
    public boolean isCanReverse() {
        return manager && getRun().isPostedOriginal() && view.lines().stream().noneMatch(l -> l.isPaid());
    }

    /** The board's bank transfer file, while the run is posted: the unpaid payouts to transfer. */
    public boolean isCanDownload() {
        return manager && getRun().isPostedOriginal();
    }

    /** How many lines the transfer file has: the unpaid payouts of more than nothing. */
    public long getTransferCount() {
        return view == null ? 0 : view.lines().stream().filter(l -> !l.isPaid() && l.payableWon() > 0).count();
    }

    String key(String step) {
        return keys.get(step);
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public RunView getView() { return view; }
    public boolean isManager() { return manager; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getRefusal() { return refusal; }
}
