package gongkai.app.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import gongkai.cycle.EvidenceFiles;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Request bodies are at most 1 MiB: larger ones get 413 and change nothing. Evidence uploads may be 20 MiB; a larger
 * Content-Length is refused here, and a chunked one by the service, which stops reading past the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/?v1/tenants/[^/]+/cycles/[^/]+/units/[^/]+/evidence/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMethod().equals("POST")
                && EVIDENCE_UPLOAD.matcher(request.getUriInfo().getPath()).matches()) {
            if (request.getLength() > EvidenceFiles.MAX_BYTES) {
                request.abortWith(Problems.response(413, "an evidence file is at most 20 MiB"));
            }
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problems.response(413, "the body is larger than 1 MiB"));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
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

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }
}
