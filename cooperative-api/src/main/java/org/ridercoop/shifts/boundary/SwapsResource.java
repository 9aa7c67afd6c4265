package org.ridercoop.shifts.boundary;

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
import org.ridercoop.shifts.control.ShiftPool;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.Shift;
import org.ridercoop.shifts.entity.ShiftSwap;

/** Direct swaps between two riders: proposed by one, accepted or declined by the other. */
@Path("coops/{coopId}/swaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class SwapsResource {
    @Inject
    ShiftPool pool;
    @Inject
    Shifts shifts;
    @Inject
    ShiftAccess access;
    @Inject
    Tenant tenant;
    @jakarta.persistence.PersistenceContext(unitName = "coop")
    jakarta.persistence.EntityManager em;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Swaps: a member's own (either side); the board's view: open ones and those of the last 30 days")
    public List<ShiftViews.SwapView> list() {
        Long self = access.selfOrNull();
        boolean all = access.managing() || tenant.is(Relation.CONSULTANT);
        List<ShiftSwap> swaps = em.createQuery("SELECT s FROM ShiftSwap s WHERE s.coopId = :coopId AND (s.state = :proposed OR s.createdAt > :since) "
                        + "ORDER BY s.createdAt DESC, s.id DESC", ShiftSwap.class)
                .setParameter("coopId", tenant.coopId()).setParameter("proposed", ShiftSwap.State.PROPOSED)
                .setParameter("since", Instant.now().minus(java.time.Duration.ofDays(30))).setMaxResults(500).getResultList();
        return swaps.stream().filter(s -> all || self != null && (s.fromMembershipId() == self || s.toMembershipId() == self)).map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Propose to swap one's shift for another rider's; the other rider is told")
    public Response propose(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.NewSwap command) {
        ShiftSwap swap = pool.propose(tenant.coopId(), access.self(), command.myShiftId(), command.theirShiftId(), command.withMembershipId());
        return Response.status(Response.Status.CREATED).entity(view(swap)).build();
    }

    @POST
    @Path("{swapId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Accept a swap one was asked for: the rules are checked for both riders (422 names whose), then the places change hands")
    public ShiftViews.SwapView accept(@PathParam("swapId") long swapId) {
        return view(pool.decide(tenant.coopId(), swapId, access.self(), true));
    }

    @POST
    @Path("{swapId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Decline a swap one was asked for")
    public ShiftViews.SwapView decline(@PathParam("swapId") long swapId) {
        return view(pool.decide(tenant.coopId(), swapId, access.self(), false));
    }

    @POST
    @Path("{swapId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Withdraw one's proposal")
    public ShiftViews.SwapView cancel(@PathParam("swapId") long swapId) {
        return view(pool.withdraw(tenant.coopId(), swapId, access.self()));
    }

    private ShiftViews.SwapView view(ShiftSwap swap) {
        return new ShiftViews.SwapView(swap.id(), swap.state().name(), swap.fromMembershipId(), shifts.nameOf(swap.fromMembershipId()),
                summary(swap.fromShiftId()), swap.toMembershipId(), shifts.nameOf(swap.toMembershipId()), summary(swap.toShiftId()), swap.createdAt(),
                swap.decidedAt());
    }

    private ShiftViews.ShiftSummary summary(long shiftId) {
        Shift shift = shifts.shift(tenant.coopId(), shiftId, false);
        return new ShiftViews.ShiftSummary(shift.id(), shifts.row(tenant.coopId(), shift).zone(), shift.startsAt(), shift.endsAt());
    }
}
