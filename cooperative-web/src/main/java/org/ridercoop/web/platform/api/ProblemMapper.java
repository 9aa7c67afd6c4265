package org.ridercoop.web.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns an error answer into an {@link ApiProblem}, reading its problem+json body while the response is open. */
public class ProblemMapper implements ResponseExceptionMapper<ApiProblem> {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ApiProblem toThrowable(Response response) {
        return new ApiProblem(parse(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null));
    }

    static Problem parse(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                Problem problem = JSON.fromJson(body, Problem.class);
                if (problem != null) {
                    return new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors());
                }
            } catch (JsonbException e) {
                // not a problem document (a proxy's HTML page): the status alone
            }
        }
        return new Problem(null, null, status, null, List.of());
    }
}
