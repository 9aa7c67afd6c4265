package org.ridercoop.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The failures JAX-RS itself raises: unknown path, wrong method or media type, unreadable body, security. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext securityContext;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof ForbiddenException && securityContext != null && securityContext.getUserPrincipal() == null) {
            status = 401;
        }
        Problem problem = switch (status) {
            case 400 -> badRequest(exception);
            case 401 -> Problem.of(401, "unauthorized", "Unauthorized",
                    "A valid bearer token of the realm is required.");
            case 403 -> Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this.");
            case 404 -> Problem.of(404, "not-found", "Not found", "There is nothing at this address.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept this method. Allowed: " + exception.getResponse().getAllowedMethods() + ".");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", "This resource answers JSON only.");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            default -> status >= 500
                    ? Problem.of(status, "server-error", "Server error", "The server could not answer.")
                    : Problem.of(status, "http-" + status, exception.getResponse().getStatusInfo().getReasonPhrase(), null);
        };
        Response.ResponseBuilder response = problem.at(Paths.of(uriInfo)).toResponse();
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coop\"");
        }
        if (exception instanceof NotAllowedException) {
            response.header("Allow", exception.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    private static Problem badRequest(WebApplicationException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NoContentException) {
                return Problem.of(400, "validation", "Invalid request", "A JSON body is required.")
                        .withErrors(java.util.List.of(new FieldError("body", "is required")));
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problem.of(400, "malformed-json", "Malformed request body",
                        "The body is not valid JSON of the expected shape.");
            }
        }
        return Problem.of(400, "bad-request", "Bad request", "The request could not be understood.");
    }
}
