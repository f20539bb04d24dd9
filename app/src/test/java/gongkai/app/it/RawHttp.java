package gongkai.app.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * HTTP over a plain socket, for what java.net.http cannot send: a body larger than the server accepts, which the
 * server answers (413) without reading to the end. Writing stops quietly once the server has answered.
 */
final class RawHttp {

    private RawHttp() {
    }

    static Api.Reply post(String path, String username, int bodyBytes, boolean chunked) {
        try (Socket socket = new Socket("127.0.0.1", Server.get().port())) {
            socket.setSoTimeout(30_000);
            String auth = Base64.getEncoder().encodeToString((username + ":" + TestTenant.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: Basic " + auth + "\r\nConnection: close\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> writeBody(out, bodyBytes, chunked));
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void writeBody(OutputStream out, int bodyBytes, boolean chunked) {
        // One long JSON string: the reader must consume it all before it can judge the document.
        byte[] chunk = new byte[16 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        byte[] start = "{\"code\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, chunk, 0, start.length);
        try {
            for (int written = 0; written < bodyBytes; written += chunk.length) {
                int n = Math.min(chunk.length, bodyBytes - written);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                Arrays.fill(chunk, 0, start.length, (byte) 'x');
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException stoppedByServer) {
            // the server answered before reading it all: as intended
        }
    }

    private static Api.Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
        } catch (IOException closed) {
            // a reset after the answer still leaves the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int status = Integer.parseInt(text.substring(9, 12));
        String contentType = text.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                .map(l -> l.substring(13).trim()).findFirst().orElse("");
        int bodyStart = text.indexOf("\r\n\r\n");
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 4);
        if (text.toLowerCase().contains("transfer-encoding: chunked") && !body.isEmpty()) {
            body = body.substring(body.indexOf("\r\n") + 2);
            int end = body.lastIndexOf("\r\n0\r\n");
            body = end < 0 ? body : body.substring(0, end);
        }
        return new Api.Reply(status, contentType, body);
    }
}
