package org.ridercoop.web.shifts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.shifts.control.ShiftRefusals;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.ImportMapping;
import org.ridercoop.web.shifts.entity.ImportResult;

/**
 * Importing work records from a delivery platform's CSV export ({@code #{workImport}}, {@code /work-import?coop=N}):
 * a file or pasted text, all or nothing. When the API refuses it, every bad line with its reason; when it takes it,
 * the totals. Also which column holds what (the mapping), since every platform names its columns its own way.
 */
@Named("workImport")
@ViewScoped
public class ImportPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A platform's weekly export is a few hundred kilobytes; anything far bigger is not one. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient ShiftsClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Refusal loadProblem;
    private transient Part file;
    private String pasted = "";
    private ImportResult result;
    private Refusal refusal;
    private List<Problem.FieldError> badLines = List.of();
    private Refusal mappingRefusal;
    private String memberNumber = "";
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
        if (!manager) {
            loadProblem = Refusal.of(new Answer.Forbidden<>());
            return;
        }
        Answer<ImportMapping> mapping = calls.call("GET /coops/" + c + "/work-records/import-mapping", b -> api.mapping(b, c));
        mapping.found().ifPresent(this::show);
        loadProblem = Refusal.of(mapping);
    }

    private void show(ImportMapping m) {
        memberNumber = Inputs.orEmpty(m.memberNumber());
        startedAt = Inputs.orEmpty(m.startedAt());
        endedAt = Inputs.orEmpty(m.endedAt());
        deliveries = Inputs.orEmpty(m.deliveries());
        distanceKm = Inputs.orEmpty(m.distanceKm());
        incomeWon = Inputs.orEmpty(m.incomeWon());
    }

    /** The file when one was chosen, else the pasted text; a byte-order mark (as spreadsheet programs write) dropped. */
    String csv() throws IOException {
        String text = pasted;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_BYTES) {
                return null;
            }
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public String importCsv() {
        result = null;
        badLines = List.of();
        String csv;
        try {
            csv = csv();
        } catch (IOException e) {
            refusal = ShiftRefusals.local("workimport.unreadable");
            return null;
        }
        if (csv == null) {
            refusal = ShiftRefusals.local("workimport.toobig");
            return null;
        }
        if (csv.isBlank()) {
            refusal = ShiftRefusals.local("workimport.empty");
            return null;
        }
        long c = coop();
        String body = csv;
        Answer<ImportResult> answer = calls.call("POST /coops/" + c + "/work-records/imports", b -> api.importCsv(b, c, body));
        result = answer.found().orElse(null);
        refusal = ShiftRefusals.of(answer);
        if (answer instanceof Answer.Refused<ImportResult> refused) {
            badLines = refused.problem().errors();
        }
        if (result != null) {
            pasted = "";
        }
        return null;
    }

    public String saveMapping() {
        ImportMapping body = new ImportMapping(Inputs.blankToNull(memberNumber), Inputs.blankToNull(startedAt),
                Inputs.blankToNull(endedAt), Inputs.blankToNull(deliveries), Inputs.blankToNull(distanceKm),
                Inputs.blankToNull(incomeWon));
        long c = coop();
        Answer<ImportMapping> answer = calls.call("PUT /coops/" + c + "/work-records/import-mapping", b -> api.setMapping(b, c, body));
        if (answer instanceof Answer.Found) {
            return "/work-import?faces-redirect=true&coop=" + c + "&done=mapping";
        }
        mappingRefusal = ShiftRefusals.of(answer);
        return null;
    }

    /** The header line the mapping expects, to show above the form: "라이더번호,시작시각,…". */
    public String getHeader() {
        return String.join(",", memberNumber, startedAt, endedAt, deliveries, distanceKm, incomeWon);
    }

    public String mappingError(String field) {
        return mappingRefusal == null ? null : mappingRefusal.field(field);
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    public boolean isFound() { return cooperative != null && manager; }
    public Cooperative getCooperative() { return cooperative; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public String getPasted() { return pasted; }
    public void setPasted(String v) { pasted = Inputs.orEmpty(v); }
    public ImportResult getResult() { return result; }
    public Refusal getRefusal() { return refusal; }
    public List<Problem.FieldError> getBadLines() { return badLines; }
    public Refusal getMappingRefusal() { return mappingRefusal; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getMemberNumber() { return memberNumber; }
    public void setMemberNumber(String v) { memberNumber = Inputs.orEmpty(v); }
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
}
