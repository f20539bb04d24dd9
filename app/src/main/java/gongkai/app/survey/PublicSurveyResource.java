package gongkai.app.survey;

import gongkai.app.problem.Problem;
import gongkai.app.problem.Problems;
import gongkai.survey.PublicResponses;
import gongkai.survey.Receipt;
import gongkai.survey.Submission;
import gongkai.survey.SurveyGuard;
import gongkai.survey.SubmissionsBusy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Anonymous public evaluation (issue 5), no login: the survey behind a public link, and its responses. The tenant
 * comes from the slug's directory entry only; the work runs as the system for that tenant, so a slug reaches its
 * own campaign and nothing else.
 *
 * <p>A browser keeps a signed token (header {@code Survey-Token} or cookie {@code gongkai_survey}, path / so that
 * the survey page at /s/{slug} shares it), issued on first contact, so that it answers once per unit. A retry with
 * the same {@code Idempotency-Key} is answered 200 with the first receipt and stores nothing. The page and this
 * resource submit through the same {@link PublicResponses}.
 *
 * <p>One instance serves every request (it keeps no per-request state): a per-request resource is created and
 * injected for each submission, a measurable share of the submission path's CPU (issue 5).
 */
@Path("v1/public/surveys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSurveyResource {

    static final String TOKEN_HEADER = "Survey-Token";
    static final String TOKEN_COOKIE = SurveyGuard.COOKIE;

    @Inject
    PublicResponses responses;

    @GET
    @Path("{slug}")
    @Operation(summary = "A public survey: the campaign, its status, its units and the questionnaire (no login)")
    public Response survey(@PathParam("slug") String slug, @HeaderParam(TOKEN_HEADER) String tokenHeader,
                           @CookieParam(TOKEN_COOKIE) String tokenCookie) {
        PublicResponses.Opened opened = responses.open(slug, tokenHeader != null ? tokenHeader : tokenCookie);
        return withToken(Response.ok(opened.survey()), opened.token());
    }

    @POST
    @Path("{slug}/responses")
    @Operation(summary = "Submit a response about one unit: 201 stored, 200 same Idempotency-Key again, 400 invalid"
            + " answers (naming the question) or an unknown access code, 409 not open, already answered by this"
            + " browser, the key used for other answers or the access code used already, 429 rate limited, 503 with Retry-After when beyond capacity. 201/200 come after the commit.")
    public Response submit(@PathParam("slug") String slug, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(TOKEN_HEADER) String tokenHeader, @CookieParam(TOKEN_COOKIE) String tokenCookie,
                           @Context HttpServletRequest request, Submission submission) {
        PublicResponses.Submitted submitted;
        try {
            submitted = responses.submit(slug, submission, idempotencyKey, request.getRemoteAddr(),
                    tokenHeader != null ? tokenHeader : tokenCookie);
        } catch (SubmissionsBusy busy) {
            return Response.fromResponse(Problems.response(Problem.of(503, Problems.title(503), busy.getMessage())))
                    .header("Retry-After", busy.retryAfterSeconds()).build();
        } catch (PublicResponses.RateLimited e) {
            return Response.fromResponse(Problems.response(Problem.of(429, Problems.title(429), e.getMessage())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        Receipt receipt = submitted.receipt();
        return withToken(Response.status(receipt.created() ? 201 : 200).entity(receipt), submitted.token());
    }

    private static Response withToken(Response.ResponseBuilder response, SurveyGuard.BrowserToken token) {
        return response.header(TOKEN_HEADER, token.value())
                .cookie(new NewCookie.Builder(TOKEN_COOKIE).value(token.value()).path("/")
                        .maxAge(400 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
