package org.ridercoop.web.payouts.boundary;

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
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.ApiProblem;

/**
 * {@code GET /payout-transfers.csv?coop=N&run=R}: the bank transfer file of a posted run (bank, account, holder,
 * amount of every unpaid payout, a totals row), fetched from the API with the person's token and passed on byte for
 * byte, byte order mark and Korean headers included, so that Excel and the bank's bulk-transfer upload read it right.
 * The API decides who may have it (board, operator); its 403 and 404 become this app's error page, and so does its
 * 409 for a run that is not posted (any more): there is no transfer file of it.
 */
@WebServlet("/payout-transfers.csv")
public class TransfersDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TransfersDownload.class.getName());
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    @RestClient
    transient PayoutsClient api;

    @Inject
    transient OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong coop = Ids.parse(request.getParameter("coop"));
        OptionalLong run = Ids.parse(request.getParameter("run"));
        if (coop.isEmpty() || run.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        try (Response csv = api.bankFile("Bearer " + token.getToken(), coop.getAsLong(), run.getAsLong());
             InputStream body = csv.readEntity(InputStream.class)) {
            pass(csv.getHeaderString(HttpHeaders.CONTENT_TYPE), body, coop.getAsLong(), run.getAsLong(), response);
        } catch (ApiProblem e) {
            response.sendError(passOn(e.problem().status()));
        } catch (WebApplicationException e) {
            response.sendError(passOn(e.getResponse().getStatus()));
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "GET /coops/" + coop.getAsLong() + "/payout-runs/" + run.getAsLong() + "/bank-file.csv: the API did not answer", e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** 401, 403 and 404 as the API said them, 409 (the run is not posted) as 404; anything else is this app's failure. */
    static int passOn(int status) {
        if (status == HttpServletResponse.SC_CONFLICT) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return status == 401 || status == 403 || status == 404 ? status : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The API's bytes as they came, under the API's content type, as a file to save. */
    static void pass(String contentType, InputStream body, long coopId, long runId, HttpServletResponse response) throws IOException {
        response.setContentType(contentType == null ? CSV : contentType);
        response.setHeader("Content-Disposition", attachment(coopId, runId));
        try (OutputStream out = response.getOutputStream()) {
            body.transferTo(out);
        }
    }

    /** An ASCII file name every browser saves as is: the cooperative's id and the run's. */
    static String attachment(long coopId, long runId) {
        return "attachment; filename=\"payout-transfers-" + coopId + "-" + runId + ".csv\"";
    }
}
