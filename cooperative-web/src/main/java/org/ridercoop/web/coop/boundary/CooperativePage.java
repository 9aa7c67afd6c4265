package org.ridercoop.web.coop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.ridercoop.web.coop.control.CooperativeLookup;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.coop.entity.Register;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.Won;
import org.ridercoop.web.i18n.CurrentLanguage;
import org.ridercoop.web.platform.Ids;

/**
 * The cooperative page ({@code #{coopPage}}, {@code /coop?id=N&q=…&status=…}). The API decides what the person may
 * see: another cooperative is "not found" (so that ids reveal nothing), a 403 for the register only hides it, and
 * only the board and the operator get the links to run the cooperative (see {@link CoopAccess}).
 */
@Named("coopPage")
@RequestScoped
public class CooperativePage {
    /** The chair first, then the directors, then the auditors, as the articles list them; unknown positions last. */
    private static final List<String> POSITIONS = List.of("CHAIR", "DIRECTOR", "AUDITOR");
    static final List<String> STATUSES = List.of("APPLICANT", "ACTIVE", "WITHDRAWING", "WITHDRAWN", "EXPELLED",
            "DECEASED", "REFUSED");
    static final Comparator<Officer> BY_POSITION = Comparator.comparingInt(o -> {
        int rank = POSITIONS.indexOf(o.position());
        return rank < 0 ? POSITIONS.size() : rank;
    });

    @Inject
    HttpServletRequest request;

    @Inject
    CooperativeLookup lookup;

    @Inject
    CurrentLanguage language;

    @Inject
    CoopAccess access;

    private Answer<Cooperative> cooperative;
    private Answer<List<Officer>> board;
    private Register register;
    private List<Member> allMembers = List.of();
    private boolean registerLoaded;
    private String registerProblem;

    static OptionalLong parseId(String raw) {
        return Ids.parse(raw);
    }

    /** The view action: a cooperative that is not there answers 404, with the page's own friendly message. */
    public void load() {
        if (isNotFound()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private Answer<Cooperative> answer() {
        if (cooperative == null) {
            OptionalLong id = parseId(request.getParameter("id"));
            cooperative = id.isPresent() ? lookup.cooperative(id.getAsLong()) : new Answer.NotFound<>();
        }
        return cooperative;
    }

    public boolean isFound() {
        return answer() instanceof Answer.Found;
    }

    public boolean isNotFound() {
        return answer() instanceof Answer.NotFound || answer() instanceof Answer.Forbidden;
    }

    /** Message key suffix of the API problem ("unavailable", "sign_in_again", "unexpected"), or null. */
    public String getProblem() {
        return answer() instanceof Answer.Failed<Cooperative> failed ? failed.reason().name().toLowerCase(Locale.ROOT) : null;
    }

    public Cooperative getCooperative() {
        return answer().found().orElse(null);
    }

    public String getSharePrice() {
        return Won.format(getCooperative().sharePriceWon(), language.getLocale());
    }

    public String getFiscalYearStart() {
        return Won.month(getCooperative().fiscalYearStartMonth(), language.getLocale());
    }

    public List<Officer> getOfficers() {
        if (board == null) {
            board = lookup.board(getCooperative().id());
        }
        return board.found().orElse(List.of()).stream().filter(Officer::isInForce).sorted(BY_POSITION).toList();
    }

    /** Shown to the board and the operator; a plain member's 403 hides the section, a failure says so in it. */
    public boolean isRegisterShown() {
        loadRegister();
        return register != null || registerProblem != null;
    }

    public String getRegisterProblem() {
        loadRegister();
        return registerProblem;
    }

    public Register getRegister() {
        loadRegister();
        return register;
    }

    private void loadRegister() {
        if (registerLoaded || !isFound()) {
            return;
        }
        registerLoaded = true;
        Cooperative coop = getCooperative();
        var members = lookup.members(coop.id());
        if (members instanceof Answer.Found<List<Member>> found) {
            allMembers = found.value();
            register = Register.of(allMembers, getQuery(), getStatus(), coop.sharePriceWon());
        } else if (members instanceof Answer.Failed<List<Member>> failed) {
            registerProblem = failed.reason().name().toLowerCase(Locale.ROOT);
        }
    }

    /** The board and the operator: the links to the inbox, the board positions, the consultants, the forms. */
    public boolean isManager() {
        return isFound() && access.manages(getCooperative().id());
    }

    /** Members above the 30% cap (§22), which only others leaving can cause: the board is asked to act. */
    public List<Member> getOverCap() {
        loadRegister();
        Cooperative coop = getCooperative();
        if (coop == null || coop.capital() == null || !isManager()) {
            return List.of();
        }
        return allMembers.stream().filter(m -> coop.capital().overCapMemberIds().contains(m.id())).toList();
    }

    public long getApplicants() {
        loadRegister();
        return allMembers.stream().filter(Member::isApplicant).count();
    }

    /** The status filter of the register: one of {@link #STATUSES}, or blank for all. */
    public String getStatus() {
        String status = request.getParameter("status");
        return status != null && STATUSES.contains(status) ? status : "";
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getPaidIn() {
        return Won.format(getRegister().paidInWon(), language.getLocale());
    }

    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    public String getCapital() {
        return Won.format(getRegister().capitalWon(), language.getLocale());
    }

    public String won(long amount) {
        return Won.format(amount, language.getLocale());
    }
}
