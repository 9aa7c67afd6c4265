package org.ridercoop.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.entity.BankStatement;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Dues paid by bank transfer, from the bank's CSV statement: each deposit is matched to a member by the member
 * number in the payer's text ("#12" or "12번") or else by their exact name, and recorded; the report names every
 * deposit that matched nobody. A statement with a line that cannot be read records nothing.
 */
@Path("coops/{coopId}/dues/bank-statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "dues")
public class BankStatementsResource {
    @Inject
    Dues dues;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** A line of the report. */
    @Schema(name = "StatementLine")
    public record LineView(int line, LocalDate day, Long amountWon, String payer, String outcome, Long membershipId, String reason) {
    }

    /** What the import did: recorded now, imported before, unmatched, not deposits; and each line. */
    @Schema(name = "StatementImport")
    public record ImportView(int recorded, long recordedWon, int alreadyImported, int unmatched, int notDeposits, List<LineView> lines) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Import a bank statement (CSV with a header line): deposits matched to members become dues payments",
            description = "Columns by name: date (default 거래일자), amount (default 입금액), payer (default 적요). Matched by \"#12\" or \"12번\" "
                    + "in the payer's text, else by the exact name (a name two members share matches nobody). Importing the same "
                    + "statement again records nothing new.")
    @APIResponse(responseCode = "200", description = "The report, line by line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Not a CSV with those columns", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Lines that cannot be read (their numbers in the detail); nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ImportView importStatement(@QueryParam("date") @DefaultValue("거래일자") String dateColumn,
                                      @QueryParam("amount") @DefaultValue("입금액") String amountColumn,
                                      @QueryParam("payer") @DefaultValue("적요") String payerColumn, String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalidField("statement", "is required: the bank's CSV statement");
        }
        long coopId = tenant.coopId();
        List<BankStatement.Line> lines = BankStatement.read(csv, new BankStatement.Columns(dateColumn, amountColumn, payerColumn));
        LocalDate today = KoreanCalendar.today();
        List<String> bad = new ArrayList<>();
        for (BankStatement.Line line : lines) {
            if (line.problem() != null) {
                bad.add("line " + line.line() + ": " + line.problem());
            } else if (line.deposit() && line.day().isAfter(today)) {
                bad.add("line " + line.line() + ": the day " + line.day() + " is in the future");
            }
        }
        if (!bad.isEmpty()) {
            throw ProblemException.ruleViolated("statement-unreadable", "Nothing was recorded. " + String.join("; ", bad));
        }
        dues.lockCooperative(coopId);
        Dues.Roster roster = dues.roster(coopId);
        List<LineView> report = new ArrayList<>();
        int recorded = 0;
        long recordedWon = 0;
        int again = 0;
        int unmatched = 0;
        int notDeposits = 0;
        for (BankStatement.Line line : lines) {
            if (!line.deposit()) {
                notDeposits++;
                report.add(new LineView(line.line(), line.day(), line.amountWon(), line.payer(), "NOT_A_DEPOSIT", null, null));
                continue;
            }
            Optional<Long> member = BankStatement.memberNumber(line.payer()).map(roster.byNumber()::get);
            String reason = null;
            if (member.isEmpty()) {
                List<Long> named = roster.byName().getOrDefault(BankStatement.comparable(line.payer()), List.of());
                if (named.size() == 1) {
                    member = Optional.of(named.get(0));
                } else {
                    reason = named.isEmpty() ? "no current member with this number or name" : "two or more members have this name; "
                            + "ask them to write their member number (#12)";
                }
            }
            if (member.isEmpty()) {
                unmatched++;
                report.add(new LineView(line.line(), line.day(), line.amountWon(), line.payer(), "UNMATCHED", null,
                        reason == null ? "no current member with this number" : reason));
            } else if (dues.imported(coopId, line.fingerprint())) {
                again++;
                report.add(new LineView(line.line(), line.day(), line.amountWon(), line.payer(), "ALREADY_IMPORTED", member.get(), null));
            } else {
                dues.payImported(coopId, member.get(), line.amountWon(), line.day(), line.payer(), line.fingerprint(), caller.displayName());
                recorded++;
                recordedWon += line.amountWon();
                report.add(new LineView(line.line(), line.day(), line.amountWon(), line.payer(), "RECORDED", member.get(), null));
            }
        }
        ImportView view = new ImportView(recorded, recordedWon, again, unmatched, notDeposits, report);
        if (recorded > 0) {
            audit.record(coopId, "dues.statement-imported", "cooperative", coopId, null,
                    Map.of("recorded", recorded, "recordedWon", recordedWon, "unmatched", unmatched));
        }
        return view;
    }
}
