package org.ridercoop.web.coop.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.coop.control.RegistrationClient;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.NewCooperative;
import org.ridercoop.web.platform.api.Problem;

/**
 * The operator's form to register a cooperative ({@code #{registration}}, {@code /register-coop}). The API is the
 * one validator: its field errors are shown next to the inputs they name, its rule violations above the form.
 * Everything is typed as text, so that a mistyped number reaches the API (as null) and gets the API's message.
 */
@Named("registration")
@ViewScoped
public class RegistrationForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RegistrationForm.class.getName());
    static final int FOUNDERS = 5;
    private static final Pattern FOUNDER = Pattern.compile("founders\\[(\\d+)\\]");

    @Inject
    @RestClient
    transient RegistrationClient api;

    @Inject
    transient OpenIdContext openIdContext;

    private String nameKo = "";
    private String nameRomanized = "";
    private String kind = "WORKER";
    private String registrationNumber = "";
    private String fiscalYearStartMonth = "1";
    private String sharePriceWon = "";
    private String nonUseMonths = "12";
    private String unpaidMonths = "6";
    private String noticeDays = "30";
    private final List<FounderRow> founders = new ArrayList<>();
    private final Map<String, String> errors = new HashMap<>();
    /** Message key of a problem the API gave for the whole request, with its detail. */
    private String problem;
    private String problemDetail;
    /** The form row of each founder sent, by position in the body: the API's "founders[k]" is row sentRows[k]. */
    private final List<Integer> sentRows = new ArrayList<>();

    public RegistrationForm() {
        for (int i = 0; i < FOUNDERS; i++) {
            founders.add(new FounderRow());
        }
    }

    public void addFounder() {
        founders.add(new FounderRow());
    }

    public String submit() {
        errors.clear();
        problem = null;
        problemDetail = null;
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            problem = "api.sign_in_again";
            return null;
        }
        try {
            Cooperative created = api.register("Bearer " + token.getToken(), body());
            return "/coop?faces-redirect=true&id=" + created.id();
        } catch (ApiProblem e) {
            show(e.problem());
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "POST /coops: the API did not answer", e);
            problem = "api.unavailable";
        }
        return null;
    }

    void show(Problem refusal) {
        for (Problem.FieldError error : refusal.errors()) {
            errors.merge(toRow(error.field()), error.message(), (a, b) -> a + "; " + b);
        }
        if (refusal.status() == 400 && !errors.isEmpty()) {
            problem = "register.problem.fields";
        } else if (refusal.status() == 422 || refusal.status() == 409) {
            problem = "register.problem.rule";
            problemDetail = refusal.detail();
        } else if (refusal.status() == 401 || refusal.status() == 403) {
            problem = "api.sign_in_again";
        } else {
            LOG.warning("POST /coops: the API answered " + refusal.status() + " " + refusal.type());
            problem = "api.unexpected";
        }
    }

    /** "founders[1].shares" of the body as the form row it came from, when blank rows were left out. */
    String toRow(String field) {
        Matcher m = FOUNDER.matcher(field == null ? "" : field);
        if (m.lookingAt()) {
            int sent = Integer.parseInt(m.group(1));
            if (sent < sentRows.size()) {
                return "founders[" + sentRows.get(sent) + "]" + field.substring(m.end());
            }
        }
        return field;
    }

    public String founderError(int row, String field) {
        return errors.get("founders[" + row + "]." + field);
    }

    NewCooperative body() {
        sentRows.clear();
        List<NewCooperative.Founder> people = new ArrayList<>();
        for (int row = 0; row < founders.size(); row++) {
            FounderRow f = founders.get(row);
            if (!f.isBlank()) {
                sentRows.add(row);
                people.add(new NewCooperative.Founder(f.name.strip(), f.email.strip(), blankToNull(f.phone),
                        integer(f.shares), blankToNull(f.position)));
            }
        }
        return new NewCooperative(nameKo.strip(), nameRomanized.strip(), blankToNull(kind), registrationNumber.strip(),
                integer(fiscalYearStartMonth), number(sharePriceWon),
                new NewCooperative.Articles(integer(nonUseMonths), integer(unpaidMonths), integer(noticeDays)), people);
    }

    /** "50,000" and "50000원" are both fifty thousand; anything else is left to the API to refuse. */
    static Long number(String text) {
        String digits = text == null ? "" : text.strip().replace(",", "").replaceFirst("원$", "").strip();
        if (!digits.matches("-?[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    static Integer integer(String text) {
        Long n = number(text);
        return n == null || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n.intValue();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The API's message for a field of the body ({@code nameKo}, {@code founders[2].shares}, …), or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<FounderRow> getFounders() {
        return founders;
    }

    public String getProblem() {
        return problem;
    }

    public String getProblemDetail() {
        return problemDetail;
    }

    public String getNameKo() { return nameKo; }
    public void setNameKo(String v) { nameKo = v == null ? "" : v; }
    public String getNameRomanized() { return nameRomanized; }
    public void setNameRomanized(String v) { nameRomanized = v == null ? "" : v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v == null ? "" : v; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v == null ? "" : v; }
    public String getFiscalYearStartMonth() { return fiscalYearStartMonth; }
    public void setFiscalYearStartMonth(String v) { fiscalYearStartMonth = v == null ? "" : v; }
    public String getSharePriceWon() { return sharePriceWon; }
    public void setSharePriceWon(String v) { sharePriceWon = v == null ? "" : v; }
    public String getNonUseMonths() { return nonUseMonths; }
    public void setNonUseMonths(String v) { nonUseMonths = v == null ? "" : v; }
    public String getUnpaidMonths() { return unpaidMonths; }
    public void setUnpaidMonths(String v) { unpaidMonths = v == null ? "" : v; }
    public String getNoticeDays() { return noticeDays; }
    public void setNoticeDays(String v) { noticeDays = v == null ? "" : v; }

    /** One founder line of the form; a line left entirely empty is not sent. */
    public static class FounderRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name = "";
        private String email = "";
        private String phone = "";
        private String shares = "1";
        private String position = "";

        boolean isBlank() {
            return name.isBlank() && email.isBlank() && phone.isBlank();
        }

        public String getName() { return name; }
        public void setName(String v) { name = v == null ? "" : v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v == null ? "" : v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v == null ? "" : v; }
        public String getShares() { return shares; }
        public void setShares(String v) { shares = v == null ? "" : v; }
        public String getPosition() { return position; }
        public void setPosition(String v) { position = v == null ? "" : v; }
    }
}
