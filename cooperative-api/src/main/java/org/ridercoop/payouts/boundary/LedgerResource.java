package org.ridercoop.payouts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.payouts.control.Payouts;

/** The cooperative's payout ledger: whether it balances, and its accounts. */
@Path("coops/{coopId}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "payouts")
public class LedgerResource {
    @Inject
    Payouts payouts;
    @Inject
    Tenant tenant;

    /** Debits and credits in all; balanced when they are equal. */
    public record Balance(long debitWon, long creditWon, long entries, boolean balanced, List<Account> accounts) {
    }

    public record Account(String account, long debitWon, long creditWon, long balanceWon) {
    }

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Debits and credits of every entry, and by account")
    public Balance balance() {
        long[] totals = payouts.balance(tenant.coopId());
        List<Account> accounts = payouts.accounts(tenant.coopId()).stream().map(r -> new Account((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[1]).longValue() - ((Number) r[2]).longValue())).toList();
        return new Balance(totals[0], totals[1], totals[2], totals[0] == totals[1], accounts);
    }
}
