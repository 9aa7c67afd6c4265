package org.ridercoop.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.security.Roles;

/** Checking the audit trail of the whole platform. */
@Path("admin/audit")
@ApplicationScoped
@Tag(name = "platform")
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "Recompute every audit chain; each names its first broken link, if any")
    @APIResponse(responseCode = "200", description = "One result per chain",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ChainVerification.class)))
    public List<ChainVerification> verifyAll() {
        return verifier.verifyAll();
    }
}
