package gongkai.app.survey;

import gongkai.survey.AccessCodes;
import gongkai.survey.QrCode;
import gongkai.tenancy.Names;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Handing a public survey out (issue 5), for the office: the QR code of its page, and one-time access codes as
 * JSON, CSV or a printable page of cards. The page's absolute address starts with {@code gongkai.public.url}
 * (GONGKAI_PUBLIC_URL, e.g. https://gongkai.example.gov.cn) or, when unset, with the address the request came to.
 */
// The same root path as CampaignResource (Jersey merges them): a root path of its own, one segment longer, would
// take every /campaigns/{campaignCode}/... request and answer 404 for CampaignResource's sub-paths.
@Path("v1/tenants/{code}/campaigns")
public class CampaignDistributionResource {

    @Inject
    AccessCodes accessCodes;

    @Inject
    @ConfigProperty(name = "gongkai.public.url")
    Optional<String> publicUrl;

    @Context
    UriInfo uri;

    /** The printed codes' link as JSON: the codes, and the page each opens with its code filled in. */
    public record IssuedCodes(String campaignCode, String pageUrl, List<IssuedCode> codes) {
    }

    public record IssuedCode(String code, String url) {
    }

    @GET
    @Path("{campaignCode}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the campaign's public survey page as PNG (the office); size = pixels per module, 1-40")
    public Response qrPng(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                          @QueryParam("size") @DefaultValue("8") int size) {
        if (size < 1 || size > 40) {
            throw gongkai.error.DomainException.invalid("size", "from 1 to 40 pixels per module");
        }
        AccessCodes.Page page = accessCodes.page(campaignCode);
        return Response.ok(new QrCode(url(page.pagePath())).png(size), "image/png")
                .header("Content-Disposition", "inline; filename=\"" + campaignCode + "-qr.png\"").build();
    }

    @GET
    @Path("{campaignCode}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the campaign's public survey page as SVG, for print (the office)")
    public Response qrSvg(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        AccessCodes.Page page = accessCodes.page(campaignCode);
        String link = url(page.pagePath());
        return Response.ok(new QrCode(link).svg(page.names().zhHans() + " " + link), "image/svg+xml; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + campaignCode + "-qr.svg\"").build();
    }

    @GET
    @Path("{campaignCode}/access-codes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many one-time access codes were issued and used, and whether the survey requires one")
    public AccessCodes.Counts accessCodeCounts(@PathParam("code") String code,
                                               @PathParam("campaignCode") String campaignCode) {
        return accessCodes.counts(campaignCode);
    }

    @PUT
    @Path("{campaignCode}/access-code-requirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a public response needs a one-time access code (the office)")
    public AccessCodes.Counts requireAccessCode(@PathParam("code") String code,
                                                @PathParam("campaignCode") String campaignCode,
                                                AccessCodes.Requirement requirement) {
        return accessCodes.require(campaignCode, gongkai.error.Check.present("body", requirement).required());
    }

    @POST
    @Path("{campaignCode}/access-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue one-time access codes (the office); the plain codes are in this answer only (as JSON,"
            + " or text/csv, or a printable text/html page of cards by the Accept header); stored hashed")
    public Response issue(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                          AccessCodes.Issue request) {
        AccessCodes.Batch batch = batch(campaignCode, request);
        String page = url(batch.pagePath());
        return Response.status(201).entity(new IssuedCodes(batch.campaignCode(), page,
                batch.codes().stream().map(c -> new IssuedCode(c, withCode(page, c))).toList())).build();
    }

    @POST
    @Path("{campaignCode}/access-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("text/csv; qs=0.5")
    public Response issueCsv(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                             AccessCodes.Issue request) {
        AccessCodes.Batch batch = batch(campaignCode, request);
        String page = url(batch.pagePath());
        StringBuilder csv = new StringBuilder("\uFEFFcode,url\r\n");
        for (String c : batch.codes()) {
            csv.append(c).append(',').append(SurveyTables.cell(withCode(page, c))).append("\r\n");
        }
        return Response.status(201).entity(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + campaignCode + "-access-codes.csv\"").build();
    }

    @POST
    @Path("{campaignCode}/access-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("text/html; qs=0.5")
    public Response issuePrintable(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                                   AccessCodes.Issue request) {
        AccessCodes.Batch batch = batch(campaignCode, request);
        Names names = accessCodes.page(campaignCode).names();
        String page = url(batch.pagePath());
        String title = QrCode.escape(names.zhHans());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + " 访问码</title><style>"
                + "body{font-family:sans-serif;margin:0}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:4mm;padding:8mm}"
                + ".card{border:1px dashed #999;padding:3mm;break-inside:avoid;text-align:center}"
                + ".card svg{width:32mm;height:32mm}.code{font:700 16pt monospace;letter-spacing:1px}"
                + ".link{font-size:7pt;word-break:break-all}</style></head><body><div class=\"cards\">");
        for (String c : batch.codes()) {
            String link = withCode(page, c);
            html.append("<div class=\"card\"><div>").append(title).append("</div>")
                    .append(new QrCode(link).svg(link)).append("<div class=\"code\">").append(c).append("</div>")
                    .append("<div class=\"link\">").append(QrCode.escape(page)).append("</div></div>");
        }
        html.append("</div></body></html>");
        return Response.status(201).entity(html.toString()).type("text/html; charset=UTF-8").build();
    }

    private AccessCodes.Batch batch(String campaignCode, AccessCodes.Issue request) {
        return accessCodes.issue(campaignCode, gongkai.error.Check.present("body", request).count());
    }

    /** The absolute address of a path of this server, as respondents reach it. */
    private String url(String path) {
        String base = publicUrl.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "")).orElseGet(() -> {
            URI b = uri.getBaseUri();
            return b.getScheme() + "://" + b.getRawAuthority();
        });
        return base + path;
    }

    private static String withCode(String page, String code) {
        return page + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
