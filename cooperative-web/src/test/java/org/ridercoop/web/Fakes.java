package org.ridercoop.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for container interfaces in plain unit tests: only the methods a test names answer. */
public final class Fakes {
    private Fakes() {
    }

    /** An implementation of the interface whose methods answer from the map (by name); others fail. */
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName() + " in a unit test");
            }
            return answer.apply(args);
        }));
    }

    /** What a download servlet set and wrote: the headers by name (content type and length among them) and the bytes. */
    public record Sent(HttpServletResponse response, Map<String, String> headers, ByteArrayOutputStream body) {
    }

    /** A response that keeps what is set on it and written to it. */
    public static Sent response() {
        Map<String, String> headers = new HashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpServletResponse response = of(HttpServletResponse.class, Map.of(
                "setContentType", args -> headers.put("Content-Type", (String) args[0]),
                "setContentLength", args -> headers.put("Content-Length", String.valueOf(args[0])),
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
                        body.write(b);
                    }
                }));
        return new Sent(response, headers, body);
    }
}
