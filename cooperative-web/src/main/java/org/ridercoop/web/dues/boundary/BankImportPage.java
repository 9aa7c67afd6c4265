package org.ridercoop.web.dues.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.control.StatementFile;
import org.ridercoop.web.dues.entity.StatementProblem;
import org.ridercoop.web.dues.entity.StatementReport;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A bank statement's import ({@code #{bankImport}}, {@code /dues-import?coop=N}), board only: the CSV file the bank
 * gave (or its text pasted), the names of the columns of the day, the amount and the payer's text, then the API's
 * report: what was recorded, imported before, matched nobody (first, with the reason and a way to record it by
 * hand) or was no deposit. Lines the API could not read are named, and then nothing was recorded.
 */
@Named("bankImport")
@ViewScoped
public class BankImportPage implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DATE_COLUMN = "거래일자";
    public static final String AMOUNT_COLUMN = "입금액";
    public static final String PAYER_COLUMN = "적요";
    /** The API's reasons for a deposit that matched nobody, by the message that says them in the reader's language. */
    static final Map<String, String> REASONS = Map.of(
            "no current member with this number or name", "import.reason.nomatch",
            "no current member with this number", "import.reason.nonumber");
    static final String AMBIGUOUS = "two or more members have this name";

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient DuesClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private Cooperative cooperative;
    private boolean manager;
    private Refusal loadProblem;
    private Map<Long, Member> members = Map.of();

    private transient Part file;
    private String pasted = "";
    private String dateColumn = DATE_COLUMN;
    private String amountColumn = AMOUNT_COLUMN;
    private String payerColumn = PAYER_COLUMN;

    private StatementReport report;
    private Refusal refusal;
    private StatementProblem unreadable;
    private String fileName;

    public void load() {
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
        manager = access.manages(cooperative.id());
        if (manager) {
            long c = cooperative.id();
            Map<Long, Member> byId = new HashMap<>();
            calls.call("GET /coops/" + c + "/members", bearer -> api.members(bearer, c, null)).found().orElse(List.of())
                    .forEach(m -> byId.put(m.id(), m));
            members = byId;
        }
    }

    /** Sends the statement; the report (or why there is none) shows on the same page. */
    public void importStatement() {
        report = null;
        refusal = null;
        unreadable = null;
        StatementFile.Read read = read();
        if (!read.isOk()) {
            refusal = new Refusal("import.file." + read.problem(), null, Map.of());
            return;
        }
        long c = cooperative.id();
        String date = column(dateColumn, DATE_COLUMN);
        String amount = column(amountColumn, AMOUNT_COLUMN);
        String payer = column(payerColumn, PAYER_COLUMN);
        Answer<StatementReport> answer = calls.call("POST /coops/" + c + "/dues/bank-statements",
                bearer -> api.importStatement(bearer, c, date, amount, payer, read.text()));
        report = answer.found().orElse(null);
        if (answer instanceof Answer.Refused<StatementReport> refused && isUnreadable(refused.problem())) {
            unreadable = StatementProblem.parse(refused.problem().detail());
            refusal = new Refusal("import.unreadable", unreadable.lines().isEmpty() ? refused.problem().detail() : null, Map.of());
            return;
        }
        refusal = Refusal.of(answer);
    }

    private StatementFile.Read read() {
        if (file != null && file.getSize() > 0) {
            fileName = file.getSubmittedFileName();
            if (file.getSize() > StatementFile.MAX_BYTES) {
                return new StatementFile.Read(null, "too-big");
            }
            try (InputStream in = file.getInputStream()) {
                return StatementFile.read(in.readAllBytes());
            } catch (IOException e) {
                return new StatementFile.Read(null, "empty");
            }
        }
        fileName = null;
        return StatementFile.pasted(pasted);
    }

    private static boolean isUnreadable(Problem problem) {
        return problem.status() == 422 && problem.type() != null && problem.type().endsWith("statement-unreadable");
    }

    /** A column left blank is the bank's usual name, not a column without a name. */
    static String column(String typed, String usual) {
        return typed == null || typed.isBlank() ? usual : typed.strip();
    }

    /** The lines that need the board first (matched nobody), then the others as the statement had them. */
    public List<StatementReport.Line> getLines() {
        if (report == null) {
            return List.of();
        }
        return report.lines().stream().sorted(Comparator.comparing((StatementReport.Line l) -> !l.isUnmatched())
                .thenComparingInt(StatementReport.Line::line)).toList();
    }

    /** "3. 김민준" for a line matched to a member. */
    public String member(StatementReport.Line line) {
        if (line.membershipId() == null) {
            return "";
        }
        Member member = members.get(line.membershipId());
        if (member == null) {
            return "#" + line.membershipId();
        }
        return (member.memberNumber() == null ? "" : member.memberNumber() + ". ") + member.name();
    }

    /** The message key for the API's reason a deposit matched nobody; null when only the API's words can say it. */
    public String reasonKey(StatementReport.Line line) {
        if (line.reason() == null) {
            return null;
        }
        if (line.reason().startsWith(AMBIGUOUS)) {
            return "import.reason.ambiguous";
        }
        return REASONS.get(line.reason());
    }

    /** The payer's text for an address (the link that records an unmatched deposit by hand). */
    public String encode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public boolean hasField(String field) {
        return refusal != null && refusal.hasField(field);
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    /** The columns' own error names the column the statement lacks; the three inputs show it, opened. */
    public boolean isColumnsOpen() {
        return hasField("columns") || !column(dateColumn, DATE_COLUMN).equals(DATE_COLUMN)
                || !column(amountColumn, AMOUNT_COLUMN).equals(AMOUNT_COLUMN) || !column(payerColumn, PAYER_COLUMN).equals(PAYER_COLUMN);
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public String getPasted() { return pasted; }
    public void setPasted(String v) { pasted = Inputs.orEmpty(v); }
    public String getDateColumn() { return dateColumn; }
    public void setDateColumn(String v) { dateColumn = Inputs.orEmpty(v); }
    public String getAmountColumn() { return amountColumn; }
    public void setAmountColumn(String v) { amountColumn = Inputs.orEmpty(v); }
    public String getPayerColumn() { return payerColumn; }
    public void setPayerColumn(String v) { payerColumn = Inputs.orEmpty(v); }
    public StatementReport getReport() { return report; }
    public Refusal getRefusal() { return refusal; }
    public StatementProblem getUnreadable() { return unreadable; }
    public String getFileName() { return fileName; }
}
