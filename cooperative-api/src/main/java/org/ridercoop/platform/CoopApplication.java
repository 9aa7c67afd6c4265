package org.ridercoop.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.ridercoop.platform.security.Roles;

/**
 * The REST API, under the WAR's context root {@code /api}. Bearer tokens from Keycloak, checked by
 * MicroProfile JWT; realm roles arrive in the {@code groups} claim.
 */
@ApplicationScoped // without it Payara 6 fails to inject JsonWebToken and answers 404 everywhere (STACK-NOTES)
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "coop")
@DeclareRoles({Roles.RIDER, Roles.BOARD, Roles.CONSULTANT, Roles.ADMIN})
@OpenAPIDefinition(info = @Info(title = "Ridercoop API", version = "1",
        description = "Membership, dues, voting, shifts and payouts of rider worker cooperatives. Errors are "
                + "application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = Roles.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the Keycloak realm coop")
public class CoopApplication extends Application {
}
