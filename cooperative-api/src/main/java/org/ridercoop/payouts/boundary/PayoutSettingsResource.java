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
import org.ridercoop.payouts.entity.PayoutSettings;

/** How the cooperative distributes pooled income: operating share, withholding, patronage formula. */
@Path("coops/{coopId}/payout-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "payouts")
public class PayoutSettingsResource {
    @Inject
    Payouts payouts;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The distribution settings")
    public PayoutSettings get() {
        return payouts.settings(tenant.coopId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Set them (they apply to runs prepared afterwards)")
    public PayoutSettings set(@NotNull(message = "a JSON body is required") @Valid PayoutCommands.Settings command) {
        PayoutSettings.Formula formula = PayoutSettings.Formula.valueOf(command.formula());
        int h = command.weightHours() == null ? 0 : command.weightHours();
        int d = command.weightDeliveries() == null ? 0 : command.weightDeliveries();
        int i = command.weightIncome() == null ? 0 : command.weightIncome();
        if (formula == PayoutSettings.Formula.MIX && h + d + i == 0) {
            throw ProblemException.invalidField("weightHours", "a mix weighs at least one of hours, deliveries and income");
        }
        PayoutSettings before = payouts.settings(tenant.coopId());
        PayoutSettings after = new PayoutSettings(command.operatingShareBp(), command.withholdingBp(), formula, h, d, i);
        payouts.save(tenant.coopId(), after, caller.displayName());
        audit.record(tenant.coopId(), "payout.settings-set", "cooperative", tenant.coopId(), before, after);
        return after;
    }
}
