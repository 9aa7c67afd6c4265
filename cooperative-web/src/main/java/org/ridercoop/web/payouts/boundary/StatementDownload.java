package org.ridercoop.web.payouts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ridercoop.web.i18n.Language;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;

/**
 * {@code GET /payout-statement.pdf?coop=N&run=R[&member=M]}: the statement page's statement as a PDF in the reader's
 * language, to save. It is found as the page finds it ({@link StatementLookup}), so the API decides who may have it:
 * its 403 and 404 become this app's error page, as does a failure to write the file; the PDF is sent only whole.
 */
@WebServlet("/payout-statement.pdf")
public class StatementDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatementDownload.class.getName());
    static final String PDF = "application/pdf";

    @Inject
    transient StatementLookup lookup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong coop = Ids.parse(request.getParameter("coop"));
        OptionalLong run = Ids.parse(request.getParameter("run"));
        String memberParam = request.getParameter("member");
        OptionalLong member = Ids.parse(memberParam);
        if (coop.isEmpty() || run.isEmpty() || (memberParam != null && member.isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Answer<MemberStatement> answer = lookup.find(coop.getAsLong(), run.getAsLong(), member);
        if (!(answer instanceof Answer.Found<MemberStatement> found)) {
            response.sendError(status(answer));
            return;
        }
        byte[] pdf;
        try {
            pdf = StatementPdf.write(found.value(), Language.of(request).locale(), Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the PDF of run " + run.getAsLong() + " of cooperative " + coop.getAsLong() + " could not be written", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        send(pdf, fileName(found.value().statement(), member), response);
    }

    /** Why there is no statement, as the browser is told: the API's 403 and 404, 401 to sign in again, 503 while it is away. */
    static int status(Answer<?> answer) {
        return switch (answer) {
            case Answer.Found<?> found -> HttpServletResponse.SC_OK;
            case Answer.NotFound<?> notFound -> HttpServletResponse.SC_NOT_FOUND;
            case Answer.Forbidden<?> forbidden -> HttpServletResponse.SC_FORBIDDEN;
            case Answer.Refused<?> refused -> refused.problem().status() == 429 ? 429 : HttpServletResponse.SC_NOT_FOUND;
            case Answer.Failed<?> failed -> switch (failed.reason()) {
                case SIGN_IN_AGAIN -> HttpServletResponse.SC_UNAUTHORIZED;
                case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                case UNEXPECTED -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            };
        };
    }

    /** The file as a download, never kept by a cache: it is a person's pay. */
    static void send(byte[] pdf, String fileName, HttpServletResponse response) throws IOException {
        response.setContentType(PDF);
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            out.write(pdf);
        }
    }

    /**
     * An ASCII name every browser saves as is: "statement-2026-10.pdf" for a calendar month, else both days
     * ("statement-2026-10-01_2026-10-15.pdf"); the member's id when it is someone else's.
     */
    static String fileName(Statement statement, OptionalLong member) {
        LocalDate start = statement.periodStart();
        LocalDate end = statement.periodEnd();
        String period = start.getDayOfMonth() == 1 && YearMonth.from(start).atEndOfMonth().equals(end)
                ? YearMonth.from(start).toString() : start + "_" + end;
        return "statement-" + period + (member.isPresent() ? "-member-" + member.getAsLong() : "") + ".pdf";
    }
}
