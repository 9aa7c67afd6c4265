package org.ridercoop.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.account.control.People;
import org.ridercoop.account.entity.Person;
import org.ridercoop.membership.boundary.MyCooperatives;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;

@Path("me")
@RequestScoped
@Tag(name = "account", description = "The signed-in person")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    People people;

    @Inject
    MyCooperatives myCooperatives;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "Who is calling", description = "Subject, name and roles from the token; the cooperatives from the register.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Me me() {
        Optional<Person> person = people.bySubject(caller.subject());
        return new Me(caller.subject(), caller.username(),
                person.map(Person::displayName).orElseGet(caller::displayName),
                caller.email().orElse(null), caller.roles(),
                person.map(Person::language).orElse(Preferences.DEFAULT_LANGUAGE),
                myCooperatives.of(caller.subject(), caller.verifiedEmail().orElse(null), caller.roles().contains(Roles.CONSULTANT))
                        .stream().map(c -> new Me.CooperativeRef(c.id(), c.name(), c.relation())).toList());
    }
}
