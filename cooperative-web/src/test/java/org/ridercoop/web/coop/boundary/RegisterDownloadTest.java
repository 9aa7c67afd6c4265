package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;

class RegisterDownloadTest {

    @Test
    void theRegisterIsPassedOnByteForByteWithItsByteOrderMarkAsAFileToSave() throws Exception {
        byte[] csv = ("\uFEFF번호,이름,출자좌수\r\n1,박서연,3\r\n합계,,3\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = Fakes.of(HttpServletResponse.class, Map.of(
                "setContentType", args -> headers.put("Content-Type", (String) args[0]),
                "setHeader", args -> headers.put((String) args[0], (String) args[1]),
                "getOutputStream", args -> new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }

                    @Override
                    public void write(int b) {
                        written.write(b);
                    }
                }));

        RegisterDownload.pass("text/csv; charset=UTF-8", new ByteArrayInputStream(csv), 7, LocalDate.of(2026, 3, 5), response);

        assertThat(written.toByteArray()).isEqualTo(csv);
        assertThat(written.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"member-register-7-2026-03-05.csv\"");
    }

    @Test
    void withoutAContentTypeItIsStillUtf8Csv() throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = Fakes.of(HttpServletResponse.class, Map.of(
                "setContentType", args -> headers.put("Content-Type", (String) args[0]),
                "setHeader", args -> headers.put((String) args[0], (String) args[1]),
                "getOutputStream", args -> new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }

                    @Override
                    public void write(int b) {
                    }
                }));
        RegisterDownload.pass(null, new ByteArrayInputStream(new byte[0]), 7, LocalDate.of(2026, 3, 5), response);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8");
    }
}
