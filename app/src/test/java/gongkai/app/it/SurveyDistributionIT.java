package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handing a public survey out (issue 5): the QR code of its page decodes back to the page's address, and one-time
 * access codes admit one response each (stored hashed; a second use 409, an unknown code 400, both naming
 * accessCode; nothing stored on a refusal).
 */
class SurveyDistributionIT {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<byte[]> raw(TestTenant t, String user, String method, String path, String accept, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.get().url(path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (t.username(user) + ":" + TestTenant.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static int width(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png)).getWidth();
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // The image is a clean code with its quiet zone: read its module grid directly rather than rely on ZXing's
        // finder-pattern detector alone (this test once failed with NotFoundException on a correct code).
        try {
            return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE,
                    Boolean.TRUE)).getText();
        } catch (com.google.zxing.NotFoundException e) {
            return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                    Boolean.TRUE)).getText();
        }
    }

    @Test
    void the_qr_code_of_a_campaign_decodes_to_its_public_page_and_only_the_office_gets_it() throws Exception {
        TestTenant t = TestTenant.create("sv-qr");
        String slug = PublicSurveyIT.openCampaign(t, "qr");
        String qr = t.path("/campaigns/qr/qr.png");

        HttpResponse<byte[]> png = raw(t, "office", "GET", qr, "image/png", null);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(decode(png.body())).isEqualTo(Server.get().url("/s/" + slug));

        HttpResponse<byte[]> small = raw(t, "office", "GET", qr + "?size=3", "image/png", null);
        assertThat(decode(small.body())).isEqualTo(Server.get().url("/s/" + slug));
        int modules = width(png.body()) / 8;
        assertThat(width(small.body())).as("3 pixels per module instead of 8").isEqualTo(modules * 3);
        assertThat(modules).as("a version-2 or larger code with its quiet zone").isGreaterThanOrEqualTo(25 + 8);

        HttpResponse<byte[]> svg = raw(t, "office", "GET", t.path("/campaigns/qr/qr.svg"), "image/svg+xml", null);
        assertThat(svg.statusCode()).isEqualTo(200);
        String svgText = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(svgText).startsWith("<svg").contains("viewBox").contains("<path").contains("/s/" + slug);

        assertThat(raw(t, "office", "GET", qr + "?size=0", "*/*", null).statusCode()).isEqualTo(400);
        assertThat(new String(raw(t, "office", "GET", qr + "?size=99", "*/*", null).body(), StandardCharsets.UTF_8))
                .contains("\"size\"");
        assertThat(raw(t, "assessor", "GET", qr, "image/png", null).statusCode()).as("office only").isEqualTo(403);
        assertThat(raw(t, null, "GET", qr, "image/png", null).statusCode()).isEqualTo(401);
        assertThat(raw(t, "office", "GET", t.path("/campaigns/nope/qr.png"), "image/png", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_access_code_admits_one_response_and_a_second_use_or_an_unknown_code_is_refused() throws Exception {
        TestTenant t = TestTenant.create("sv-codes");
        LocalDateTime now = LocalDateTime.now();
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("code", "onsite");
        campaign.put("names", Map.of("zhHans", "现场评议" + t.suffix));
        campaign.put("unitCodes", List.of("edu-" + t.suffix, "fin-" + t.suffix));
        campaign.put("opensAt", now.minusDays(1).toString());
        campaign.put("closesAt", now.plusDays(10).toString());
        campaign.put("requiresAccessCode", true);
        Api.Reply created = t.office().post(t.path("/campaigns"), campaign);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("requiresAccessCode").asBoolean()).isTrue();
        String slug = created.json().get("slug").asText();
        assertThat(created.json().get("pagePath").asText()).isEqualTo("/s/" + slug);
        String codesPath = t.path("/campaigns/onsite/access-codes");

        // issuing: the office only, 1 to 5000 at a time
        assertThat(t.users.get("ASSESSOR").post(codesPath, Map.of("count", 3)).status()).isEqualTo(403);
        Api.Reply zero = t.office().post(codesPath, Map.of("count", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().at("/errors/0/field").asText()).isEqualTo("count");
        Api.Reply issued = t.office().post(codesPath, Map.of("count", 4));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        List<String> codes = new ArrayList<>();
        issued.json().get("codes").forEach(c -> codes.add(c.get("code").asText()));
        assertThat(codes).hasSize(4).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(issued.json().at("/codes/0/url").asText())
                .isEqualTo(Server.get().url("/s/" + slug) + "?code=" + codes.get(0));
        try (Connection c = Server.get().ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select code_hash from survey_access_code a join tenant on tenant.id = a.tenant_id where tenant.code = ?")) {
            s.setString(1, t.code);
            try (ResultSet rs = s.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    assertThat(rs.getString(1)).as("stored hashed").hasSize(64).doesNotContain(codes.get(0));
                }
                assertThat(rows).isEqualTo(4);
            }
        }

        Map<String, Object> answers = new HashMap<>(PublicSurveyIT.response("edu-" + t.suffix, "SATISFIED"));
        // no code, an unknown code: 400 naming accessCode, nothing stored
        PublicSurveyIT.Reply missing = PublicSurveyIT.submit(slug, answers, null, null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("accessCode");
        answers.put("accessCode", "ZZZZZ-ZZZZZ");
        PublicSurveyIT.Reply unknown = PublicSurveyIT.submit(slug, answers, null, null);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("accessCode");
        assertThat(PublicSurveyIT.stored(slug)).isZero();

        // a code as typed on a phone (lower case, no hyphen) admits one response ...
        answers.put("accessCode", codes.get(0).replace("-", "").toLowerCase());
        PublicSurveyIT.Reply first = PublicSurveyIT.submit(slug, answers, "k-1", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        // ... its retry with the same key is the same response, not a second use ...
        assertThat(PublicSurveyIT.submit(slug, answers, "k-1", null).status()).isEqualTo(200);
        // ... and another browser with the same code is refused
        answers.put("accessCode", codes.get(0));
        PublicSurveyIT.Reply again = PublicSurveyIT.submit(slug, answers, "k-2", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("accessCode");
        assertThat(PublicSurveyIT.stored(slug)).isEqualTo(1);

        // the same code raced from eight browsers: one response
        Map<String, Object> raced = new HashMap<>(answers);
        raced.put("accessCode", codes.get(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> PublicSurveyIT.submit(slug, raced, null, null).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            assertThat(statuses).as(statuses.toString()).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(PublicSurveyIT.stored(slug)).isEqualTo(2);

        JsonNode counts = t.office().get(codesPath).json();
        assertThat(counts.get("issued").asLong()).isEqualTo(4);
        assertThat(counts.get("used").asLong()).isEqualTo(2);
        assertThat(counts.get("required").asBoolean()).isTrue();

        // printable downloads
        HttpResponse<byte[]> csv = raw(t, "office", "POST", codesPath, "text/csv", "{\"count\": 2}");
        assertThat(csv.statusCode()).isEqualTo(201);
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csvText.lines().toList()).hasSize(3);
        assertThat(csvText).contains("code,url").contains("/s/" + slug + "?code=");
        HttpResponse<byte[]> html = raw(t, "office", "POST", codesPath, "text/html", "{\"count\": 2}");
        assertThat(html.statusCode()).isEqualTo(201);
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<svg").contains("现场评议" + t.suffix);
        assertThat(t.office().get(codesPath).json().get("issued").asLong()).isEqualTo(8);

        // without the requirement a response needs no code
        Api.Reply off = t.office().put(t.path("/campaigns/onsite/access-code-requirement"), Map.of("required", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("required").asBoolean()).isFalse();
        PublicSurveyIT.Reply noCode = PublicSurveyIT.submit(slug,
                PublicSurveyIT.response("fin-" + t.suffix, "SATISFIED"), null, null);
        assertThat(noCode.status()).as(noCode.toString()).isEqualTo(201);
        assertThat(t.office().get(t.path("/campaigns/onsite/access-codes")).status()).isEqualTo(200);
        assertThat(t.office().put(t.path("/campaigns/onsite/access-code-requirement"), Map.of()).status()).isEqualTo(400);
    }
}
