package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.security.Roles;

/** The nightly withdrawal job, run now by a platform operator (after an outage that skipped a night, say). */
@Path("admin/withdrawals")
@RequestScoped
@Tag(name = "platform")
public class WithdrawalsResource {
    @Inject
    Withdrawals withdrawals;

    /** What the run did. */
    @Schema(name = "WithdrawalRun")
    public record Run(int completed) {
    }

    @POST
    @Path("due")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "Make every withdrawal whose notice period has run take effect now")
    @APIResponse(responseCode = "200", description = "How many took effect",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Run.class)))
    public Run completeDue() {
        return new Run(withdrawals.completeDue());
    }
}
