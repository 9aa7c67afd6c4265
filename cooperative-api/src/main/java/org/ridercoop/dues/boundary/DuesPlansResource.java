package org.ridercoop.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.entity.DuesPlan;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;

/** The cooperative's dues plans: a flat monthly fee each, dated; the standard one, and others for some members. */
@Path("coops/{coopId}/dues/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "dues", description = "Dues plans, monthly billing, payments, arrears")
public class DuesPlansResource {
    @Inject
    Dues dues;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The plans, the standard ones first, latest first")
    @APIResponse(responseCode = "200", description = "Plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DuesViews.PlanView.class)))
    public List<DuesViews.PlanView> list() {
        return dues.plans(tenant.coopId()).stream().map(DuesViews.PlanView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Add a plan: a flat monthly fee, a fee per delivery or a share of income (of the previous month's confirmed work)",
            description = "A new standard plan ends the standard plan before it on the day before it starts.")
    @APIResponse(responseCode = "201", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.PlanView.class)))
    @APIResponse(responseCode = "400", description = "A fraction of a won, a negative fee, dates the wrong way round", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A standard plan already starts on or after that day", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(@NotNull(message = "a JSON body is required") @Valid DuesCommands.NewPlan command) {
        long coopId = tenant.coopId();
        dues.lockCooperative(coopId);
        DuesPlan.Kind kind = command.kind() == null ? DuesPlan.Kind.FLAT_MONTHLY : DuesPlan.Kind.valueOf(command.kind());
        String amountField = switch (kind) {
            case FLAT_MONTHLY -> "monthlyWon";
            case PER_DELIVERY -> "perDeliveryWon";
            case PERCENT_OF_INCOME -> "incomeRateBasisPoints";
        };
        Object[] amounts = {command.monthlyWon(), command.perDeliveryWon(), command.incomeRateBasisPoints()};
        String[] fields = {"monthlyWon", "perDeliveryWon", "incomeRateBasisPoints"};
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(amountField) && amounts[i] == null) {
                throw ProblemException.invalidField(fields[i], "is required for a plan of kind " + kind);
            }
            if (!fields[i].equals(amountField) && amounts[i] != null) {
                throw ProblemException.invalidField(fields[i], "is not part of a plan of kind " + kind);
            }
        }
        DuesPlan plan = new DuesPlan(coopId, command.name(), kind, switch (kind) {
            case FLAT_MONTHLY -> command.monthlyWon();
            case PER_DELIVERY -> command.perDeliveryWon();
            case PERCENT_OF_INCOME -> 0L;
        }, command.incomeRateBasisPoints(), command.standard(), command.startsOn(), command.endsOn(), caller.displayName(), Instant.now());
        if (plan.standard()) {
            for (DuesPlan earlier : dues.plans(coopId)) {
                if (!earlier.standard() || earlier.endsOn() != null && earlier.endsOn().isBefore(plan.startsOn())) {
                    continue;
                }
                if (!earlier.startsOn().isBefore(plan.startsOn())) {
                    throw ProblemException.conflict("standard-plan-exists", "The standard plan \"" + earlier.name() + "\" starts on "
                            + earlier.startsOn() + "; a new standard plan starts after it.");
                }
                DuesViews.PlanView before = DuesViews.PlanView.of(earlier);
                earlier.endOn(plan.startsOn().minusDays(1));
                audit.record(coopId, "dues.plan-ended", "dues_plan", earlier.id(), before, DuesViews.PlanView.of(earlier));
            }
        }
        DuesViews.PlanView view = DuesViews.PlanView.of(dues.add(plan));
        audit.record(coopId, "dues.plan-added", "dues_plan", plan.id(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{planId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "End a plan on a day (its last)")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.PlanView.class)))
    @APIResponse(responseCode = "409", description = "It already ends on or before that day", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DuesViews.PlanView end(@PathParam("planId") long planId, @NotNull(message = "a JSON body is required") @Valid DuesCommands.EndPlan command) {
        long coopId = tenant.coopId();
        dues.lockCooperative(coopId);
        DuesPlan plan = dues.plan(coopId, planId, true);
        DuesViews.PlanView before = DuesViews.PlanView.of(plan);
        plan.endOn(command.endsOn());
        dues.flush();
        DuesViews.PlanView after = DuesViews.PlanView.of(plan);
        audit.record(coopId, "dues.plan-ended", "dues_plan", plan.id(), before, after);
        return after;
    }
}
