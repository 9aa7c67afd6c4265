package org.ridercoop.web.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.home.boundary.HomePage;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.DirectoryEntry;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * Applying to a cooperative ({@code #{apply}}, {@code /apply?coop=N}): the directory, then the form for the one
 * picked, with the name of the sign-in filled in. The amount is the share price times the shares, worked out here
 * on the server (no script), and the API decides whether the application stands.
 */
@Named("apply")
@ViewScoped
public class ApplyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient MembershipClient api;

    @Inject
    transient HomePage home;

    private String coopParam;
    private List<DirectoryEntry> directory = List.of();
    private Refusal loadProblem;
    private String name = "";
    private String phone = "";
    private String shares = "1";
    private Refusal refusal;

    /** The view action of the first request: the directory, and the person's name for the form. */
    public void load() {
        Answer<List<DirectoryEntry>> answer = calls.call("GET /coops/directory", api::directory);
        directory = answer.found().orElse(List.of());
        loadProblem = Refusal.of(answer);
        if (name.isBlank()) {
            name = Inputs.orEmpty(home.getName());
        }
    }

    /** The cooperative picked in the directory, if the address names one of it. */
    public Optional<DirectoryEntry> chosen() {
        return Ids.parse(coopParam).stream().boxed()
                .flatMap(id -> directory.stream().filter(d -> d.id() == id)).findFirst();
    }

    public DirectoryEntry getChosen() {
        return chosen().orElse(null);
    }

    /** Share price times shares, in won; null while the shares typed are not a count of at least one. */
    public Long getTotalWon() {
        Integer count = Inputs.integer(shares);
        return chosen().filter(c -> count != null && count > 0).map(c -> Math.multiplyExact(c.sharePriceWon(), (long) count))
                .orElse(null);
    }

    /** "Work out the amount": a postback that only renders the page again with the total of the shares typed. */
    public String recalculate() {
        refusal = null;
        return null;
    }

    public String submit() {
        Optional<DirectoryEntry> coop = chosen();
        if (coop.isEmpty()) {
            return "/apply?faces-redirect=true";
        }
        long id = coop.get().id();
        Commands.Application application = new Commands.Application(name.strip(), Inputs.blankToNull(phone), Inputs.integer(shares));
        Answer<?> answer = calls.call("POST /coops/" + id + "/applications", bearer -> api.apply(bearer, id, application));
        if (answer instanceof Answer.Found) {
            return "/my?faces-redirect=true&applied=" + id;
        }
        refusal = Refusal.of(answer);
        return null;
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    public List<DirectoryEntry> getDirectory() {
        return directory;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getName() { return name; }
    public void setName(String v) { name = Inputs.orEmpty(v); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = Inputs.orEmpty(v); }
    public String getShares() { return shares; }
    public void setShares(String v) { shares = Inputs.orEmpty(v); }
}
