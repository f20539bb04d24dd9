package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's evidence files over REST: PDF and PNG by content with their SHA-256, a text file named .pdf refused
 * (400), 21 MiB refused with and without a length (413), only those who see the unit download it, with its type and
 * its Chinese name (RFC 6266), and deletion only while the self-assessment is open. Refusals store nothing.
 */
class EvidenceIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void evidence_is_checked_by_content_and_size_stored_with_its_checksum_and_served_only_to_who_sees_the_unit()
            throws Exception {
        TestTenant t = TestTenant.create("evi").coveringComingYears();
        Api office = t.office();
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        t.createUser("liaison-f", "UNIT_LIAISON", fin);
        t.createUser("assessor2", "ASSESSOR", null);
        String cycle = t.path("/cycles/annual");
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template", "jinchang-2022"))
                .status()).isEqualTo(201);
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);
        assertThat(office.post(t.path("/cycles"), Map.of("code", "annual", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu, fin))).status()).isEqualTo(201);
        assertThat(office.put(cycle + "/units/" + edu + "/assessors", Map.of("usernames",
                List.of(t.username("assessor")))).status()).isEqualTo(200);
        String evidence = cycle + "/units/" + edu + "/evidence";
        byte[] pdf = pdf(200);

        // Before the self-assessment opens, nothing can be attached.
        assertThat(upload(t, "liaison", evidence + "?indicator=organisation", "自评报告.pdf", pdf).status())
                .isEqualTo(409);
        assertThat(office.post(cycle + "/moves/notify", Map.of("noticeDate", "2026-03-01")).status()).isEqualTo(200);
        assertThat(office.post(cycle + "/moves/open-self-assessment", Map.of()).status()).isEqualTo(200);

        // A PDF named in Chinese through Content-Disposition's filename*, and a PNG named by ?filename=.
        Api.Reply stored = upload(t, "liaison", evidence + "?indicator=organisation", "自评报告.pdf", pdf);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        JsonNode file = stored.json();
        assertThat(file.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(file.get("filename").asText()).isEqualTo("自评报告.pdf");
        assertThat(file.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        byte[] png = png();
        Api.Reply image = send(t.username("liaison"), "POST", evidence + "?indicator=platforms&filename="
                + URLEncoder.encode("网站截图.png", StandardCharsets.UTF_8), "application/octet-stream", null, png);
        assertThat(image.status()).as(image.toString()).isEqualTo(201);
        assertThat(image.json().get("mediaType").asText()).isEqualTo("image/png");
        assertThat(image.json().get("sha256").asText()).isEqualTo(sha256(png));
        // Larger than the 1 MiB of JSON bodies, within the 20 MiB of evidence.
        byte[] large = pdf(3 * 1024 * 1024);
        Api.Reply big = upload(t, "liaison", evidence + "?indicator=requests", "台账.pdf", large);
        assertThat(big.status()).as(big.toString()).isEqualTo(201);
        assertThat(big.json().get("sha256").asText()).isEqualTo(sha256(large));
        assertThat(count(t)).isEqualTo(3);

        // Refused, storing nothing: text named .pdf, 21 MiB with a length and chunked, no indicator, another
        // unit's liaison, an assessor, an indicator not on the sheet.
        Api.Reply text = upload(t, "liaison", evidence + "?indicator=organisation", "伪装.pdf",
                "这不是PDF，只是文本。".repeat(50).getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(text.json().at("/errors/0/field").asText()).isEqualTo("file");
        String tooLarge = evidence + "?indicator=organisation&filename=big.pdf";
        Api.Reply declared = RawHttp.post(tooLarge, t.username("liaison"), 21 * 1024 * 1024, false);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        Api.Reply chunked = RawHttp.post(tooLarge, t.username("liaison"), 21 * 1024 * 1024, true);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(chunked.body()).contains("20 MiB");
        assertThat(upload(t, "liaison", evidence, "a.pdf", pdf).status()).isEqualTo(400);
        assertThat(upload(t, "liaison", evidence + "?indicator=no-such", "a.pdf", pdf).status()).isEqualTo(400);
        assertThat(upload(t, "liaison-f", evidence + "?indicator=organisation", "a.pdf", pdf).status())
                .isEqualTo(403);
        assertThat(upload(t, "assessor", evidence + "?indicator=organisation", "a.pdf", pdf).status())
                .isEqualTo(403);
        assertThat(upload(t, "assessor", evidence + "?event=upper-commendation", "a.pdf", pdf).status())
                .as("events are recorded in the assessment").isEqualTo(409);
        assertThat(count(t)).as("nothing refused was stored").isEqualTo(3);

        // Download: the unit's liaison, its assigned assessor and the office; no one else.
        String one = evidence + "/" + file.get("id").asText();
        for (String who : List.of("liaison", "assessor", "office")) {
            HttpResponse<byte[]> got = download(t.username(who), one);
            assertThat(got.statusCode()).as(who).isEqualTo(200);
            assertThat(got.body()).isEqualTo(pdf);
            assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(got.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment; filename=\"____.pdf\"")
                    .contains("filename*=UTF-8''%E8%87%AA%E8%AF%84%E6%8A%A5%E5%91%8A.pdf");
            assertThat(got.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        for (String who : List.of("liaison-f", "assessor2", "panel")) {
            assertThat(download(t.username(who), one).statusCode()).as(who).isIn(403, 404);
            assertThat(send(t.username(who), "GET", evidence, null, null, null).status()).as(who).isIn(403, 404);
        }
        assertThat(download(t.username("liaison"), evidence + "/00000000-0000-4000-8000-000000000009").statusCode())
                .isEqualTo(404);
        assertThat(download(t.username("liaison"), cycle + "/units/" + fin + "/evidence/" + file.get("id").asText())
                .statusCode()).as("an id is found only under its own unit").isIn(403, 404);
        JsonNode listed = Api.basic(t.username("assessor"), TestTenant.PASSWORD).get(evidence).json();
        assertThat(listed).extracting(n -> n.get("filename").asText())
                .containsExactlyInAnyOrder("自评报告.pdf", "网站截图.png", "台账.pdf");

        // The checksum stored is the one answered.
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select f.sha256, encode(sha256(b.content), 'hex'), f.media_type"
                     + " from evidence_file f join evidence_content b on b.tenant_id = f.tenant_id and b.id = f.id"
                     + " where f.id = '" + file.get("id").asText() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(sha256(pdf)).isEqualTo(rs.getString(2));
            assertThat(rs.getString(3)).isEqualTo("application/pdf");
        }

        // Deleted while open (not by another unit); after the submission the evidence stays as it is.
        String pngPath = evidence + "/" + image.json().get("id").asText();
        assertThat(send(t.username("liaison-f"), "DELETE", pngPath, null, null, null).status()).isIn(403, 404);
        assertThat(send(t.username("liaison"), "DELETE", pngPath, null, null, null).status()).isEqualTo(204);
        assertThat(count(t)).isEqualTo(2);
        Api liaison = Api.basic(t.username("liaison"), TestTenant.PASSWORD);
        Map<String, Object> selfScores = new java.util.LinkedHashMap<>();
        CycleLifecycleIT.LEAVES.forEach(code -> selfScores.put(code, CycleLifecycleIT.MAX.get(code)));
        assertThat(liaison.put(cycle + "/units/" + edu + "/self-assessment", Map.of("selfScores", selfScores,
                "report", "自评报告")).status()).isEqualTo(200);
        assertThat(liaison.post(cycle + "/units/" + edu + "/self-assessment/submission", Map.of()).status())
                .isEqualTo(200);
        assertThat(send(t.username("liaison"), "DELETE", one, null, null, null).status()).isEqualTo(409);
        assertThat(upload(t, "liaison", evidence + "?indicator=organisation", "late.pdf", pdf).status())
                .isEqualTo(409);
        assertThat(count(t)).isEqualTo(2);
    }

    private static Api.Reply upload(TestTenant t, String user, String path, String filename, byte[] body) {
        return send(t.username(user), "POST", path, "application/octet-stream",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8), body);
    }

    private static Api.Reply send(String username, String method, String path, String contentType,
                                  String disposition, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.get().url(path)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic(username))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    private static HttpResponse<byte[]> download(String username, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Server.get().url(path)))
                .header("Authorization", basic(username)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestTenant.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static long count(TestTenant t) throws Exception {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from evidence_file f join tenant on tenant.id ="
                     + " f.tenant_id where tenant.code = '" + t.code + "') + (select count(*) from evidence_content b"
                     + " join tenant on tenant.id = b.tenant_id where tenant.code = '" + t.code + "')")) {
            rs.next();
            return rs.getLong(1) / 2;
        }
    }

    /** A minimal PDF, padded with a comment to {@code size} bytes or more. */
    static byte[] pdf(int size) {
        String head = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[Math.max(size, start.length + end.length + 2)];
        Arrays.fill(all, (byte) ' ');
        System.arraycopy(start, 0, all, 0, start.length);
        all[start.length] = '%';
        System.arraycopy(end, 0, all, all.length - end.length, end.length);
        return all;
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
