package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;

class TransfersDownloadTest {

    @Test
    void theTransferFileIsPassedOnByteForByteWithTheByteOrderMarkAsAFileNamedForTheRun() throws Exception {
        byte[] csv = ("\uFEFF은행,계좌번호,예금주,금액(원),조합원번호,성명\r\n카카오뱅크,3333-01-2345678,김민준,522180,2,김민준\r\n"
                + ",,,348120,1,박서연\r\n합계,,,870300,,\r\n").getBytes(StandardCharsets.UTF_8);
        Fakes.Sent sent = Fakes.response();
        ByteArrayOutputStream written = sent.body();
        Map<String, String> headers = sent.headers();
        HttpServletResponse response = sent.response();
        TransfersDownload.pass("text/csv; charset=UTF-8", new ByteArrayInputStream(csv), 7, 12, response);
        assertThat(written.toByteArray()).isEqualTo(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"payout-transfers-7-12.csv\"");

        headers.clear();
        TransfersDownload.pass(null, new ByteArrayInputStream(new byte[0]), 7, 12, response);
        assertThat(headers).as("the API named no type").containsEntry("Content-Type", TransfersDownload.CSV);
    }

    @Test
    void whoMayNotHaveItIsToldAsTheApiSaidARunNotPostedHasNoFileOtherFailuresAreOurs() {
        assertThat(TransfersDownload.passOn(403)).isEqualTo(403);
        assertThat(TransfersDownload.passOn(404)).isEqualTo(404);
        assertThat(TransfersDownload.passOn(401)).isEqualTo(401);
        assertThat(TransfersDownload.passOn(409)).isEqualTo(404);
        assertThat(TransfersDownload.passOn(502)).isEqualTo(500);
    }
}
