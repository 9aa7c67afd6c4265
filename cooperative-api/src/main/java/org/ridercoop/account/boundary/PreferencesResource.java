package org.ridercoop.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.account.control.People;
import org.ridercoop.account.entity.Person;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;

/**
 * The caller's own preferences. The first change registers the person (by Keycloak subject); the version is
 * the ETag, and a change based on an older version is refused with 409.
 */
@Path("me/preferences")
@RequestScoped
@Tag(name = "account")
public class PreferencesResource {

    @Inject
    Caller caller;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "The caller's preferences")
    @APIResponse(responseCode = "200", description = "Preferences; ETag is their version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preferences.class)))
    public Response get() {
        Optional<Person> person = people.bySubject(caller.subject());
        Preferences preferences = new Preferences(person.map(Person::language).orElse(Preferences.DEFAULT_LANGUAGE));
        return Response.ok(preferences).tag(tag(person.map(Person::version).orElse(0L))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "Change the caller's preferences", description = "Send If-Match with the ETag you read to avoid overwriting a change made elsewhere.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Changed elsewhere since the ETag was read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response change(@NotNull(message = "a JSON body is required") @Valid Preferences preferences,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Person person = people.bySubject(caller.subject())
                .orElseGet(() -> people.add(new Person(caller.subject(), caller.displayName(), caller.email().orElse(null))));
        long current = person.id() == null ? 0 : person.version();
        if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim())
                && !EntityTag.valueOf(ifMatch.trim()).equals(tag(current))) {
            throw ProblemException.conflict("stale-version",
                    "Your preferences changed elsewhere since you read them (version " + current + "). Reload and try again.");
        }
        Preferences before = new Preferences(person.language());
        person.preferLanguage(preferences.language());
        people.flush();
        audit.record(null, "preferences.changed", "person", person.id(), before, new Preferences(person.language()));
        return Response.ok(new Preferences(person.language())).tag(tag(person.version())).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
