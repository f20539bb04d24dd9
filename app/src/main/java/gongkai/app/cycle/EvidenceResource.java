package gongkai.app.cycle;

import gongkai.cycle.EvidenceDownload;
import gongkai.cycle.EvidenceFiles;
import gongkai.cycle.EvidenceView;
import gongkai.app.problem.PathIds;
import gongkai.error.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence files of a unit in a cycle (issue 4). The upload is the raw file as the body (any Content-Type: the
 * server decides the type from the content), named by {@code ?filename=} or a {@code Content-Disposition} header with
 * {@code filename*} (RFC 6266) for Chinese names. Bodies up to 20 MiB here ({@code BodyLimit} lets this path through
 * and the service stops reading past the limit).
 */
@Path("v1/tenants/{code}/cycles/{cycleCode}/units/{unitCode}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*(?i:utf-8)'[^']*'([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    @Inject
    EvidenceFiles evidence;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an evidence file (raw body, at most 20 MiB; PDF, image or Office document by "
            + "content) for a self-assessment indicator (?indicator=, the unit's liaison) or a bonus, deduction or "
            + "veto event (?event=, its assessors or the office); answers its SHA-256")
    public Response upload(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                           @PathParam("unitCode") String unitCode, @QueryParam("indicator") String indicator,
                           @QueryParam("event") String event, @QueryParam("filename") String filename,
                           @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body) {
        String name = filename != null ? filename : filenameOf(disposition);
        EvidenceView stored = evidence.upload(cycleCode, unitCode, blankToNull(indicator), blankToNull(event), name,
                body);
        return Response.created(URI.create("/api/v1/tenants/" + code + "/cycles/" + cycleCode + "/units/" + unitCode
                + "/evidence/" + stored.id())).entity(stored).build();
    }

    @GET
    @Operation(summary = "The unit's evidence files (for those who see the unit)")
    public List<EvidenceView> list(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                                   @PathParam("unitCode") String unitCode) {
        return evidence.list(cycleCode, unitCode);
    }

    @GET
    @Path("{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one evidence file, with its type, name (RFC 6266) and SHA-256 (for those who see "
            + "the unit)")
    public Response download(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                             @PathParam("unitCode") String unitCode, @PathParam("evidenceId") String evidenceId) {
        EvidenceDownload download = evidence.download(cycleCode, unitCode, PathIds.uuid(evidenceId, "evidence file"));
        EvidenceView file = download.file();
        return Response.ok(download.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("{evidenceId}")
    @Operation(summary = "Delete an evidence file while what it supports is open (the self-assessment before "
            + "submission, or the assessment for events)")
    public Response delete(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                           @PathParam("unitCode") String unitCode, @PathParam("evidenceId") String evidenceId) {
        evidence.delete(cycleCode, unitCode, PathIds.uuid(evidenceId, "evidence file"));
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback for old clients and {@code filename*} (RFC 8187, UTF-8) with the real name. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name from a Content-Disposition header, preferring {@code filename*}; null when there is none. */
    static String filenameOf(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(disposition);
        if (extended.find()) {
            try {
                return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("filename", "the filename* of Content-Disposition is not percent-encoded"
                        + " UTF-8");
            }
        }
        Matcher plain = PLAIN.matcher(disposition);
        if (plain.find()) {
            return plain.group(2) != null ? plain.group(2) : plain.group(1);
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
