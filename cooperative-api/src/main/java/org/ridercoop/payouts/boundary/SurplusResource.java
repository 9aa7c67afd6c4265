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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.boundary.MemberAccess;
import org.ridercoop.payouts.control.Surplus;
import org.ridercoop.payouts.entity.Appropriation;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.idempotency.Idempotent;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;

/**
 * The year-end surplus: the board proposes its appropriation (checked against §50-51 and §97-98), the general assembly
 * decides it as a motion (see the meetings), and the adopted dividends are paid or reinvested as shares.
 */
@Path("coops/{coopId}/surplus-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "payouts")
public class SurplusResource {
    @Inject
    Surplus surplus;
    @Inject
    MemberAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;
    @Inject
    org.ridercoop.platform.tenancy.CurrentMember me;

    /** A proposal with each member's dividends: a preview until adopted, then what was posted, reinvested and paid. */
    public record ProposalView(Surplus.Proposal proposal, List<Surplus.Dividend> dividends) {
    }

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The proposals, latest fiscal year first (members read them: they decide them at the assembly)")
    @APIResponse(responseCode = "200", description = "Proposals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Surplus.Proposal.class)))
    public List<Surplus.Proposal> list() {
        return surplus.proposals(tenant.coopId());
    }

    @GET
    @Path("year")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "A fiscal year's figures for a proposal: its days, the paid-in capital at its end, the balances it opens with "
            + "(null when no earlier appropriation is recorded), the legal reserve's rate and ceiling, the cap on capital dividends")
    public Surplus.Year year(@jakarta.ws.rs.QueryParam("fiscalYear") int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw org.ridercoop.platform.problem.ProblemException.invalidField("fiscalYear", "a year from 2000 to 2100");
        }
        return surplus.year(tenant.coopId(), fiscalYear);
    }

    @GET
    @Path("{proposalId}")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "A proposal: the waterfall and each member's dividends (what they would be, or what was posted)",
            description = "A member sees the whole waterfall and their own dividend; the board, consultants and operators every member's.")
    public ProposalView get(@PathParam("proposalId") long proposalId) {
        Surplus.Proposal p = surplus.proposal(tenant.coopId(), proposalId, false);
        return new ProposalView(p, visible(surplus.dividends(p)));
    }

    private List<Surplus.Dividend> visible(List<Surplus.Dividend> dividends) {
        if (tenant.is(Relation.BOARD) || tenant.is(Relation.CONSULTANT) || tenant.is(Relation.OPERATOR)) {
            return dividends;
        }
        Long own = me.membershipId().orElse(null);
        return dividends.stream().filter(d -> own != null && d.membershipId() == own).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Propose the appropriation of a fiscal year's result, for the general assembly to decide",
            description = "Losses first; the legal reserve at least 10% (social cooperative 30%) until 3× paid-in capital; patronage "
                    + "dividends at least half of all dividends; capital dividends at most 10% of paid-in capital; none in a social cooperative.")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "A proposal of the year is open, or the year (or a later one) was appropriated",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A rule of §50-51 or §97-98 is broken, or the year has not ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response propose(@NotNull(message = "a JSON body is required") @Valid PayoutCommands.SurplusProposal command) {
        PayoutCommands.Opening o = command.opening();
        long id = surplus.propose(tenant.coopId(), command.fiscalYear(), command.netIncomeWon(),
                o == null ? null : new Appropriation.Balances(o.retainedWon(), o.voluntaryWon(), o.legalWon(), o.lossWon()),
                new Appropriation.Proposal(command.legalReserveWon(), command.voluntaryReserveWon(), command.patronageDividendWon(),
                        command.capitalDividendWon()), command.note() == null || command.note().isBlank() ? null : command.note().strip(),
                caller.displayName());
        Surplus.Proposal p = surplus.proposal(tenant.coopId(), id, false);
        audit.record(tenant.coopId(), "surplus.proposed", "surplus_proposal", id, null, p);
        return Response.status(Response.Status.CREATED).entity(new ProposalView(p, visible(surplus.dividends(p)))).build();
    }

    @POST
    @Path("{proposalId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Withdraw an open proposal that is on no assembly's agenda")
    @APIResponse(responseCode = "409", description = "On an agenda, or decided", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Surplus.Proposal withdraw(@PathParam("proposalId") long proposalId) {
        Surplus.Proposal p = surplus.withdraw(tenant.coopId(), proposalId);
        audit.record(tenant.coopId(), "surplus.withdrawn", "surplus_proposal", proposalId, null, Map.of("fiscalYear", p.fiscalYear()));
        return p;
    }

    @POST
    @Path("{proposalId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Mark adopted dividends paid (the given members, or every outstanding one): payable to the bank in the ledger")
    @APIResponse(responseCode = "409", description = "Not adopted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProposalView pay(@PathParam("proposalId") long proposalId, PayoutCommands.Payment command) {
        Surplus.Proposal p = surplus.proposal(tenant.coopId(), proposalId, true);
        int paid = surplus.pay(p, command == null ? null : command.membershipIds());
        audit.record(tenant.coopId(), "surplus.dividends-paid", "surplus_proposal", proposalId, null, Map.of("members", paid));
        return get(proposalId);
    }

    @POST
    @Path("{proposalId}/reinvestments")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Reinvest a member's outstanding dividend as shares (the member themself, or the board)",
            description = "The shares are subscribed and paid from the dividend; no member may then hold more than 30% of all shares (§22).")
    @APIResponse(responseCode = "422", description = "Over the 30% cap, or more than the outstanding dividend", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Surplus.Dividend reinvest(@PathParam("proposalId") long proposalId,
                                     @NotNull(message = "a JSON body is required") @Valid PayoutCommands.Reinvestment command) {
        access.changeable(command.membershipId());
        Surplus.Proposal p = surplus.proposal(tenant.coopId(), proposalId, true);
        Surplus.Dividend d = surplus.reinvest(p, command.membershipId(), command.shares(), caller.displayName());
        audit.record(tenant.coopId(), "surplus.dividend-reinvested", "membership", command.membershipId(), null,
                Map.of("fiscalYear", p.fiscalYear(), "shares", command.shares(), "won", d.reinvestedWon()));
        return d;
    }
}
