package org.ridercoop.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the error page says: a message key chosen by status and cause, never the exception itself. */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    public int getStatus() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
    }

    /** Key of the message in the bundle: error.expired, error.signin, error.404, error.403 or error.500. */
    public String getReason() {
        return reason(getStatus(), request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }

    static String reason(int status, Object exception) {
        for (Throwable t = exception instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "expired";
            }
        }
        return switch (status) {
            case 404, 405 -> "404";
            case 401 -> "signin";
            case 403 -> "403";
            default -> "500";
        };
    }
}
