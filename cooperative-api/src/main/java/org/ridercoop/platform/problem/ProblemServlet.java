package org.ridercoop.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the API WAR (web.xml): errors raised by the container before JAX-RS sees the request,
 * such as a refused bearer token, answered as problem+json instead of an HTML page.
 */
@WebServlet(name = "problem", urlPatterns = "/problem")
public class ProblemServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProblemServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem = switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Bad request", "The request could not be understood.");
            case 401 -> Problem.of(401, "unauthorized", "Unauthorized",
                    "A valid bearer token of the realm is required: it is missing, malformed, expired or from another issuer.");
            case 403 -> Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this.");
            case 404 -> Problem.of(404, "not-found", "Not found", "There is nothing at this address.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "This address does not accept this method.");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.");
            case 503 -> Problem.of(503, "unavailable", "Service unavailable", "Try again in a moment.");
            default -> {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "incident " + incident + " at " + path, error);
                yield Problem.of(500, "server-error", "Server error", "Something went wrong on our side. Reference: " + incident);
            }
        };
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"coop\"");
        }
        response.getWriter().write(problem.at(path).toJson());
    }
}
