package org.ridercoop.membership.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Cooperatives;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.Position;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * The officers (§34-35): a chair, directors and an auditor, each an active member for a term of at most four
 * years; one office per person at a time (an auditor is never also a director); the chair re-elected at most
 * twice in a row.
 */
@Path("coops/{coopId}/board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "cooperatives")
public class BoardResource {
    /** Two chair terms are consecutive when the second starts at most this long after the first ended. */
    static final int CONSECUTIVE_GAP_DAYS = 90;

    @Inject
    Cooperatives cooperatives;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The officers and their terms, past and present")
    @APIResponse(responseCode = "200", description = "Officers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OfficerView.class)))
    public List<OfficerView> board() {
        Map<Long, String> names = cooperatives.members(tenant.coopId()).stream().collect(Collectors.toMap(Membership::id, Membership::name));
        LocalDate today = KoreanCalendar.today();
        return cooperatives.board(tenant.coopId()).stream().map(b -> OfficerView.of(b, names.get(b.membershipId()), today)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Appoint an officer elected by the general assembly")
    @APIResponse(responseCode = "201", description = "Appointed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "422", description = "Not an active member, term over four years, a second chair, another office held, "
            + "or a chair's fourth consecutive term", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response appoint(@NotNull(message = "a JSON body is required") @Valid MembershipCommands.Appointment command, @Context UriInfo uri) {
        long coopId = tenant.coopId();
        memberships.lock(coopId);
        Membership holder = memberships.of(coopId, command.membershipId());
        BoardPosition office = new BoardPosition(holder, command.position(), command.termStart(), command.termEnd());
        List<BoardPosition> all = cooperatives.board(coopId);
        all.stream().filter(b -> b.membershipId() == holder.id() && b.overlaps(office.termStart(), office.termEnd())).findFirst()
                .ifPresent(b -> {
                    throw ProblemException.ruleViolated("one-office", holder.name() + " already holds the office of " + b.position()
                            + " until " + b.termEnd() + "; an officer holds one office at a time.");
                });
        if (command.position() == Position.CHAIR) {
            all.stream().filter(b -> b.position() == Position.CHAIR && b.overlaps(office.termStart(), office.termEnd())).findFirst()
                    .ifPresent(b -> {
                        throw ProblemException.ruleViolated("one-chair", "A cooperative has one chair (이사장); the current term ends "
                                + b.termEnd() + ".");
                    });
            List<BoardPosition> chairTerms = all.stream().filter(b -> b.position() == Position.CHAIR && b.membershipId() == holder.id())
                    .sorted(Comparator.comparing(BoardPosition::termStart).reversed()).toList();
            if (consecutiveTermsBefore(chairTerms, office.termStart()) >= BoardPosition.MAX_CONSECUTIVE_CHAIR_TERMS) {
                throw ProblemException.ruleViolated("chair-reelection", holder.name() + " has been chair for "
                        + BoardPosition.MAX_CONSECUTIVE_CHAIR_TERMS + " terms in a row; the chair is re-elected at most twice (§35).");
            }
        }
        cooperatives.add(office);
        memberships.flush();
        OfficerView view = OfficerView.of(office, holder.name(), KoreanCalendar.today());
        audit.record(coopId, "board.appointed", "board_position", office.id(), null, view);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(office.id())).build()).entity(view).build();
    }

    /** How many terms, latest first, follow each other without a gap longer than {@link #CONSECUTIVE_GAP_DAYS} up to {@code start}. */
    static int consecutiveTermsBefore(List<BoardPosition> latestFirst, LocalDate start) {
        int count = 0;
        LocalDate cursor = start;
        for (BoardPosition term : latestFirst) {
            if (!term.termStart().isBefore(start)) {
                continue;
            }
            if (term.lastDay().plusDays(CONSECUTIVE_GAP_DAYS).isBefore(cursor)) {
                break;
            }
            count++;
            cursor = term.termStart();
        }
        return count;
    }

    @POST
    @Path("{positionId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Record an office left before its term ends (resignation or recall); endOn is the first day not held")
    @APIResponse(responseCode = "200", description = "The office, vacated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "422", description = "The day is not within the term", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OfficerView end(@PathParam("positionId") long positionId, @NotNull(message = "a JSON body is required") @Valid MembershipCommands.TermEnd command) {
        long coopId = tenant.coopId();
        BoardPosition office = cooperatives.board(coopId).stream().filter(b -> b.id() == positionId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Office " + positionId));
        String name = memberships.of(coopId, office.membershipId()).name();
        LocalDate today = KoreanCalendar.today();
        OfficerView before = OfficerView.of(office, name, today);
        office.vacate(command.endOn());
        memberships.flush();
        OfficerView after = OfficerView.of(office, name, today);
        audit.record(coopId, "board.term-ended", "board_position", office.id(), before, after);
        return after;
    }
}
