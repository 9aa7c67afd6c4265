package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.account.boundary.PersonDirectory;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.CapitalEntry;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.identity.KeycloakAccounts;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/** Applying for membership, and the board's decision on an application (§21). */
@Path("coops/{coopId}/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership", description = "Applications, members, capital and leaving")
public class ApplicationsResource {
    @Inject
    Memberships memberships;
    @Inject
    MemberAccess access;
    @Inject
    MemberChanges changes;
    @Inject
    PersonDirectory people;
    @Inject
    KeycloakAccounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess(Relation.ANYONE)
    @Transactional
    @Operation(summary = "Apply for membership", description = "A signed-in person applies for themself with their verified e-mail; "
            + "the board enters an application for someone else with onBehalf and their e-mail.")
    @APIResponse(responseCode = "201", description = "Application received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already an applicant or member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response apply(@PathParam("coopId") long coopId, @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Apply command,
                          @Context UriInfo uri) {
        boolean onBehalf = Boolean.TRUE.equals(command.onBehalf());
        String email;
        Long personId = null;
        if (onBehalf) {
            if (!access.managing()) {
                throw ProblemException.forbidden("Only the board enters an application for someone else.");
            }
            if (command.email() == null) {
                throw ProblemException.invalidField("email", "is required for an application entered by the board");
            }
            email = command.email().strip().toLowerCase(Locale.ROOT);
        } else {
            email = caller.verifiedEmail().map(e -> e.toLowerCase(Locale.ROOT)).orElseThrow(() -> ProblemException.ruleViolated(
                    "verified-email-required", "Verify your e-mail address in your account before applying."));
            personId = people.idOf(caller.subject(), caller.displayName(), email);
        }
        Cooperative cooperative = memberships.lock(coopId);
        boolean current = memberships.search(coopId, null, null).stream()
                .anyMatch(m -> m.email().equals(email) && (m.status().holdsShares() || m.status() == MembershipStatus.APPLICANT));
        if (current) {
            throw ProblemException.conflict("already-member", email + " is already an applicant or a member of this cooperative.");
        }
        Membership applicant = memberships.add(Membership.applicant(coopId, personId, command.name(), email, command.phone(),
                command.shares(), KoreanCalendar.today()), caller.displayName(), onBehalf ? "entered by the board" : "applied");
        MemberView view = MemberView.of(applicant, cooperative.sharePrice());
        audit.record(coopId, "membership.applied", "membership", applicant.id(), null, view);
        return Response.created(uri.getBaseUriBuilder().path("coops/{coopId}/members/{id}").build(coopId, applicant.id()))
                .entity(view).build();
    }

    @POST
    @Path("{memberId}/approval")
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Admit an applicant", description = "The member gets the next member number; a person without an account "
            + "gets one in Keycloak, with the required actions to set a password and verify the e-mail address.")
    @APIResponse(responseCode = "200", description = "Admitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Not an application (already decided)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The shares would break the 30% cap (§22)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberView approve(@PathParam("coopId") long coopId, @PathParam("memberId") long memberId) {
        return changes.apply(memberId, "membership.approved", (cooperative, member) -> {
            LocalDate today = KoreanCalendar.today();
            String by = caller.displayName();
            memberships.record(member.approve(memberships.nextMemberNumber(coopId), today, by));
            memberships.requireWithinCap(coopId, member);
            memberships.record(CapitalEntry.admission(member, cooperative.sharePrice(), today, by));
            if (member.personId() == null) {
                KeycloakAccounts.Account account = accounts.ensure(member.email(), member.name(), "ko");
                member.linkTo(people.idOf(account.subject(), member.name(), member.email()));
                if (account.created()) {
                    audit.record(coopId, "account.created", "membership", member.id(), null,
                            Map.of("email", member.email(), "requiredActions", "UPDATE_PASSWORD, VERIFY_EMAIL"));
                }
            }
            // the coarse realm role of a member; their next sign-in carries it
            people.subjectOf(member.personId()).ifPresent(subject -> accounts.grantRealmRole(subject, Roles.RIDER));
        });
    }

    @POST
    @Path("{memberId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Refuse an application, with the reason (§21)")
    @APIResponse(responseCode = "200", description = "Refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Not an application (already decided)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberView refuse(@PathParam("coopId") long coopId, @PathParam("memberId") long memberId,
                             @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Refusal command) {
        return changes.apply(memberId, "membership.refused", (cooperative, member) ->
                memberships.record(member.refuse(command.reason(), KoreanCalendar.today(), caller.displayName())));
    }
}
