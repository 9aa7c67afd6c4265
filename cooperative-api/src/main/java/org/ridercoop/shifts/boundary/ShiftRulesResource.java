package org.ridercoop.shifts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.ShiftRules;

/** The cooperative's safety rules for shifts. */
@Path("coops/{coopId}/shift-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class ShiftRulesResource {
    @Inject
    Shifts shifts;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The safety rules: minutes a day and a week at most, the rest between shifts, the latest end")
    public ShiftViews.RulesView rules() {
        return ShiftViews.RulesView.of(shifts.rules(tenant.coopId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Set the safety rules (they apply to every later claim, swap and allocation)")
    public ShiftViews.RulesView setRules(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.Rules command) {
        if (command.maxMinutesPerWeek() < command.maxMinutesPerDay()) {
            throw org.ridercoop.platform.problem.ProblemException.invalidField("maxMinutesPerWeek", "is at least the minutes a day");
        }
        ShiftRules before = shifts.rules(tenant.coopId());
        ShiftRules after = new ShiftRules(command.maxMinutesPerDay(), command.maxMinutesPerWeek(), command.minRestMinutes(), command.latestEndMinute());
        shifts.save(tenant.coopId(), after, caller.displayName());
        audit.record(tenant.coopId(), "shift.rules-set", "cooperative", tenant.coopId(), before, after);
        return ShiftViews.RulesView.of(after);
    }
}
