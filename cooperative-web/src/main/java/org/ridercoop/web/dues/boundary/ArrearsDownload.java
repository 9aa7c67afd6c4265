package org.ridercoop.web.dues.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.ApiProblem;

/**
 * {@code GET /dues-arrears.csv?coop=N}: the arrears list as a spreadsheet, fetched from the API with the person's
 * token and passed on byte for byte, byte order mark and Korean headers included, so that Excel opens it right.
 * The API decides who may have it (board, consultant, operator); its 403 and 404 become this app's error page.
 */
@WebServlet("/dues-arrears.csv")
public class ArrearsDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ArrearsDownload.class.getName());
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    @RestClient
    transient DuesClient api;

    @Inject
    transient OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong coop = Ids.parse(request.getParameter("coop"));
        if (coop.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        try (Response csv = api.arrearsCsv("Bearer " + token.getToken(), coop.getAsLong());
             InputStream body = csv.readEntity(InputStream.class)) {
            pass(csv.getHeaderString(HttpHeaders.CONTENT_TYPE), body, coop.getAsLong(), LocalDate.now(ZoneId.of("Asia/Seoul")), response);
        } catch (ApiProblem e) {
            response.sendError(passOn(e.problem().status()));
        } catch (WebApplicationException e) {
            response.sendError(passOn(e.getResponse().getStatus()));
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "GET /coops/" + coop.getAsLong() + "/dues/arrears.csv: the API did not answer", e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** 401, 403 and 404 as the API said them; anything else is this app's failure to get the file. */
    static int passOn(int status) {
        return status == 401 || status == 403 || status == 404 ? status : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The API's bytes as they came, under the API's content type, as a file to save. */
    static void pass(String contentType, InputStream body, long coopId, LocalDate day, HttpServletResponse response)
            throws IOException {
        response.setContentType(contentType == null ? CSV : contentType);
        response.setHeader("Content-Disposition", attachment(coopId, day));
        try (OutputStream out = response.getOutputStream()) {
            body.transferTo(out);
        }
    }

    /** An ASCII file name every browser saves as is: the cooperative's id and the day it was taken. */
    static String attachment(long coopId, LocalDate day) {
        return "attachment; filename=\"dues-arrears-" + coopId + "-" + day + ".csv\"";
    }
}
