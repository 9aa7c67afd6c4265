package org.ridercoop.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over {@code coop.api.max-body-bytes} with 413. The body is counted as it is read,
 * whatever Content-Length claims; refusing on the header alone, before reading, leaves a client that is still
 * sending its body waiting for an answer it cannot read.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {
    @Context
    UriInfo uriInfo;

    private final long limit = ConfigProvider.getConfig().getOptionalValue("coop.api.max-body-bytes", Long.class).orElse(1_048_576L);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Counting counting = new Counting(context.getInputStream(), limit);
        context.setInputStream(counting);
        try {
            Object entity = context.proceed();
            if (counting.exceeded) {
                throw tooLarge();
            }
            return entity;
        } catch (RuntimeException | IOException e) {
            if (counting.exceeded) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Problem.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + limit + " bytes.").at(Paths.of(uriInfo)).toResponse().build());
    }

    private static final class Counting extends FilterInputStream {
        private long remaining;
        private boolean exceeded;

        Counting(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            remaining -= n;
            if (remaining < 0) {
                exceeded = true;
                throw new IOException("request body over the limit");
            }
        }
    }
}
