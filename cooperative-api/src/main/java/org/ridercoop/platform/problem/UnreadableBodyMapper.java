package org.ridercoop.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not of the expected shape (a string where a number belongs): 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.of(400, "malformed-json", "Malformed request body",
                        "The body is not valid JSON of the expected shape.")
                .at(Paths.of(uriInfo)).toResponse().build();
    }
}
