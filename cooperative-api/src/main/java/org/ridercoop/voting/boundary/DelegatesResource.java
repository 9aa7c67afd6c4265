package org.ridercoop.voting.boundary;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.entity.Delegate;

/**
 * The delegates (대의원, §31) a cooperative of more than 200 members has elected: their terms, and whether enough
 * are in office for a delegates' assembly, whose voters' roll they are.
 */
@Path("coops/{coopId}/delegates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "voting")
public class DelegatesResource {
    @Inject
    Meetings meetings;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** A delegate's term; {@code inOffice} today. */
    @Schema(name = "Delegate")
    public record DelegateView(long id, long membershipId, Integer memberNumber, String name, LocalDate termStart, LocalDate termEnd,
                               LocalDate endedOn, boolean inOffice, String recordedBy) {
    }

    /** The delegates, and what a delegates' assembly needs today. */
    @Schema(name = "Delegates")
    public record DelegatesView(int members, int needed, int inOffice, List<DelegateView> delegates) {
    }

    /** A delegate elected for a term. */
    public record Elect(@NotNull(message = "is required") Long membershipId,
                        @NotNull(message = "is required") LocalDate termStart,
                        @NotNull(message = "is required") LocalDate termEnd) {
    }

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The delegates, latest terms first, and how many a delegates' assembly needs (a tenth of the members, 100 suffice)")
    @APIResponse(responseCode = "200", description = "Delegates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelegatesView.class)))
    public DelegatesView list() {
        return view(tenant.coopId());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Record a delegate elected for a term: an active member, one term in force at a time, at most 4 years")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelegateView.class)))
    @APIResponse(responseCode = "409", description = "The member is already a delegate for part of that term", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Not an active member, or a term over 4 years", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response elect(@NotNull(message = "a JSON body is required") @Valid Elect command) {
        long coopId = tenant.coopId();
        meetings.lockCooperative(coopId);
        Object[] member = meetings.names(coopId, List.of(command.membershipId())).get(command.membershipId());
        if (member == null || !"ACTIVE".equals(member[2])) {
            throw ProblemException.ruleViolated("delegate-not-member", "Delegates are elected from the cooperative's active members (§31).");
        }
        Delegate delegate = new Delegate(coopId, command.membershipId(), command.termStart(), command.termEnd(), caller.displayName(), Instant.now());
        if (meetings.delegates(coopId).stream().anyMatch(d -> d.membershipId() == command.membershipId()
                && d.overlaps(command.termStart(), command.termEnd()))) {
            throw ProblemException.conflict("delegate-exists", "This member is already a delegate for part of that term.");
        }
        DelegateView view = view(meetings.add(delegate), member, KoreanCalendar.today());
        audit.record(coopId, "delegate.elected", "membership", command.membershipId(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{delegateId}/end")
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "End a delegate's term today (resigned, recalled, or left the cooperative)")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelegateView.class)))
    @APIResponse(responseCode = "409", description = "Already ended", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DelegateView end(@PathParam("delegateId") long delegateId) {
        long coopId = tenant.coopId();
        LocalDate today = KoreanCalendar.today();
        Delegate delegate = meetings.delegate(coopId, delegateId, true);
        Object[] member = meetings.names(coopId, List.of(delegate.membershipId())).get(delegate.membershipId());
        DelegateView before = view(delegate, member, today);
        delegate.end(today.isBefore(delegate.termStart()) ? delegate.termStart() : today);
        meetings.flush();
        DelegateView after = view(delegate, member, today);
        audit.record(coopId, "delegate.ended", "membership", delegate.membershipId(), before, after);
        return after;
    }

    private DelegatesView view(long coopId) {
        LocalDate today = KoreanCalendar.today();
        List<Delegate> all = meetings.delegates(coopId);
        Map<Long, Object[]> names = meetings.names(coopId, all.stream().map(Delegate::membershipId).distinct().toList());
        List<DelegateView> views = all.stream().map(d -> view(d, names.get(d.membershipId()), today)).toList();
        int members = meetings.currentMembers(coopId);
        return new DelegatesView(members, Meetings.delegatesNeeded(members), (int) views.stream().filter(DelegateView::inOffice).count(), views);
    }

    private static DelegateView view(Delegate d, Object[] member, LocalDate today) {
        return new DelegateView(d.id(), d.membershipId(), (Integer) member[1], (String) member[0], d.termStart(), d.termEnd(), d.endedOn(),
                d.inOffice(today), d.recordedBy());
    }
}
