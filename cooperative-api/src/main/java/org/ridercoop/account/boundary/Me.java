package org.ridercoop.account.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is calling. */
@Schema(name = "Me", description = "The signed-in person")
public record Me(
        @Schema(description = "Keycloak subject (stable account id)") String subject,
        @Schema(description = "Login name") String username,
        @Schema(description = "Name as people write it, NFC") String name,
        @Schema(description = "E-mail address, if the account has one") String email,
        @Schema(description = "Platform roles: rider, board, consultant, admin") List<String> roles,
        @Schema(description = "Preferred language: ko (default) or en") String language,
        @Schema(description = "Cooperatives the person belongs to or advises") List<CooperativeRef> cooperatives) {

    @Schema(name = "CooperativeRef")
    public record CooperativeRef(long id, String name, String relation) {
    }
}
