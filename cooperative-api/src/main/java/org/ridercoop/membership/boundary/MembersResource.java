package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/** The member register, one member in full, and the changes of a membership: contact, withdrawal, death. */
@Path("coops/{coopId}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership")
public class MembersResource {
    /** How far back the board may date a notice or a death it learns of late. */
    static final int MAX_YEARS_BACK = 5;

    @Inject
    Memberships memberships;
    @Inject
    MemberAccess access;
    @Inject
    MemberChanges changes;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The member register (조합원 명부), with applications; filter by status, search by name, e-mail or number")
    @APIResponse(responseCode = "200", description = "Members by member number, applicants last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<MemberView> register(@QueryParam("status") String status, @QueryParam("q") String text) {
        MembershipStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = MembershipStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("status", "is one of " + java.util.Arrays.toString(MembershipStatus.values()));
            }
        }
        long price = memberships.cooperative(tenant.coopId()).sharePrice();
        return memberships.search(tenant.coopId(), wanted, text).stream().map(m -> MemberView.of(m, price)).toList();
    }

    @GET
    @Path("{memberId}")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "One member in full: history, capital ledger, refund, expulsion cases, offices (a member sees only their own)")
    @APIResponse(responseCode = "200", description = "The member; ETag is the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.class)))
    @APIResponse(responseCode = "404", description = "No such member here", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response detail(@PathParam("memberId") long memberId) {
        Membership member = access.visible(memberId);
        return Response.ok(detailOf(member)).tag(tagOf(member)).build();
    }

    MemberDetail detailOf(Membership member) {
        Cooperative cooperative = memberships.cooperative(member.coopId());
        LocalDate today = KoreanCalendar.today();
        long total = memberships.totalShares(member.coopId(), null);
        long held = member.status().holdsShares() ? member.shares() : 0;
        return new MemberDetail(MemberView.of(member, cooperative.sharePrice()),
                memberships.history(member.id()).stream().map(MemberDetail.StatusChangeView::of).toList(),
                memberships.capital(member.id()).stream().map(MemberDetail.CapitalEntryView::of).toList(),
                memberships.refund(member.id()).map(r -> MemberDetail.RefundView.of(r, today)).orElse(null),
                memberships.expulsionCases(member.id()).stream().map(MemberDetail.ExpulsionCaseView::of).toList(),
                memberships.offices(member.id()).stream().map(b -> OfficerView.of(b, member.name(), today)).toList(),
                MemberDetail.percent(held, total), member.refusalReason());
    }

    @PUT
    @Path("{memberId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Change a member's name or phone", description = "Send If-Match with the version you read; a change made "
            + "meanwhile answers 409.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changeContact(@PathParam("memberId") long memberId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull(message = "a JSON body is required") @Valid MembershipCommands.ContactChange command) {
        Membership member = access.changeable(memberId);
        if (ifMatch != null && !ifMatch.strip().equals(tagOf(member).toString()) && !ifMatch.strip().equals("*")) {
            throw ProblemException.conflict("stale-version", "This member was changed meanwhile (now version " + member.version()
                    + "). Reload and try again.");
        }
        long price = memberships.cooperative(member.coopId()).sharePrice();
        MemberView before = MemberView.of(member, price);
        member.changeContact(command.name(), command.phone());
        memberships.flush();
        MemberView after = MemberView.of(member, price);
        audit.record(tenant.coopId(), "membership.contact-changed", "membership", member.id(), before, after);
        return Response.ok(after).tag(tagOf(member)).build();
    }

    @POST
    @Path("{memberId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Give notice of withdrawal (§24)", description = "Effective after the notice period of the articles; with a "
            + "period of 0 days, or a notice the board dates far enough back, the member has left at once.")
    @APIResponse(responseCode = "200", description = "WITHDRAWING, or WITHDRAWN once effective",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Not an active member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberView withdraw(@PathParam("memberId") long memberId, @Valid MembershipCommands.Notice command) {
        LocalDate today = KoreanCalendar.today();
        LocalDate noticeOn = command == null || command.noticeOn() == null ? today : command.noticeOn();
        if (!noticeOn.equals(today) && !access.managing()) {
            throw ProblemException.invalidField("noticeOn", "a member gives notice today; only the board records an earlier notice");
        }
        requirePast("noticeOn", noticeOn, today);
        return changes.apply(memberId, "membership.notice-given", (cooperative, member) -> {
            memberships.record(member.giveNotice(noticeOn, cooperative.articles().withdrawalNoticeDays(), caller.displayName()));
            if (member.withdrawalDue(today)) {
                // a notice period of 0 days, or a notice given long enough ago: the member has left
                memberships.record(member.completeWithdrawal(caller.displayName()));
                memberships.left(cooperative, member);
            }
        });
    }

    @POST
    @Path("{memberId}/death")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Record a member's death: the membership ends (§24②) and the refund goes to the heirs")
    @APIResponse(responseCode = "200", description = "DECEASED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public MemberView death(@PathParam("memberId") long memberId, @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Death command) {
        requirePast("diedOn", command.diedOn(), KoreanCalendar.today());
        return changes.apply(memberId, "membership.deceased", (cooperative, member) -> {
            memberships.record(member.die(command.diedOn(), caller.displayName()));
            memberships.left(cooperative, member);
        });
    }

    static void requirePast(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today) || day.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw ProblemException.invalidField(field, "is a day between " + today.minusYears(MAX_YEARS_BACK) + " and today");
        }
    }

    static EntityTag tagOf(Membership member) {
        return new EntityTag(Long.toString(member.version()));
    }
}
