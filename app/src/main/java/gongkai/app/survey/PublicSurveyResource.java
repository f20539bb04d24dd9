package gongkai.app.survey;

import gongkai.app.problem.Problem;
import gongkai.app.problem.Problems;
import gongkai.error.Check;
import gongkai.survey.PublicSubmissions;
import gongkai.survey.PublicSurvey;
import gongkai.survey.PublicSurveys;
import gongkai.survey.Receipt;
import gongkai.survey.Submission;
import gongkai.survey.SubmissionSource;
import gongkai.survey.SubmissionsBusy;
import gongkai.survey.SurveyLocation;
import gongkai.tenancy.Acting;
import gongkai.tenancy.TenantContext;
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

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Anonymous public evaluation (issue 5), no login: the survey behind a public link, and its responses. The tenant
 * comes from the slug's directory entry only; the work runs as the system for that tenant, so a slug reaches its
 * own campaign and nothing else.
 *
 * <p>A browser keeps a signed token (header {@code Survey-Token} or cookie {@code gongkai_survey}), issued on
 * first contact, so that it answers once per unit. A retry with the same {@code Idempotency-Key} is answered 200
 * with the first receipt and stores nothing.
 */
@Path("v1/public/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSurveyResource {

    static final String TOKEN_HEADER = "Survey-Token";
    static final String TOKEN_COOKIE = "gongkai_survey";

    @Inject
    PublicSurveys surveys;

    @Inject
    PublicSubmissions submissions;

    @Inject
    SurveyGuard guard;

    @GET
    @Path("{slug}")
    @Operation(summary = "A public survey: the campaign, its status, its units and the questionnaire (no login)")
    public Response survey(@PathParam("slug") String slug, @HeaderParam(TOKEN_HEADER) String tokenHeader,
                           @CookieParam(TOKEN_COOKIE) String tokenCookie) {
        SurveyLocation location = surveys.locate(slug);
        PublicSurvey survey = as(location, () -> surveys.survey(slug));
        return withToken(Response.ok(survey), guard.token(tokenHeader != null ? tokenHeader : tokenCookie));
    }

    @POST
    @Path("{slug}/responses")
    @Operation(summary = "Submit a response about one unit: 201 stored, 200 same Idempotency-Key again, 400 invalid"
            + " answers (naming the question), 409 not open, already answered by this browser or the key used for other"
            + " answers, 429 rate limited, 503 with Retry-After when beyond capacity. 201/200 come after the commit.")
    public Response submit(@PathParam("slug") String slug, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(TOKEN_HEADER) String tokenHeader, @CookieParam(TOKEN_COOKIE) String tokenCookie,
                           @Context HttpServletRequest request, Submission submission) {
        submissions.locate(slug);
        String addressHash = guard.addressHash(request.getRemoteAddr());
        Optional<Long> wait = guard.take(addressHash, slug);
        if (wait.isPresent()) {
            return Response.fromResponse(Problems.response(Problem.of(429, Problems.title(429),
                    "too many responses from this network address; try again in " + wait.get() + " s")))
                    .header("Retry-After", wait.get()).build();
        }
        Check.present("body", submission);
        SurveyGuard.BrowserToken token = guard.token(tokenHeader != null ? tokenHeader : tokenCookie);
        Receipt receipt;
        try {
            receipt = submissions.submit(slug, submission, new SubmissionSource(idempotencyKey, addressHash, token.hash()));
        } catch (SubmissionsBusy busy) {
            return Response.fromResponse(Problems.response(Problem.of(503, Problems.title(503), busy.getMessage())))
                    .header("Retry-After", busy.retryAfterSeconds()).build();
        }
        return withToken(Response.status(receipt.created() ? 201 : 200).entity(receipt), token);
    }

    private static <T> T as(SurveyLocation location, Supplier<T> work) {
        return TenantContext.call(Acting.system(location.tenantId(), location.tenantCode()), work);
    }

    private static Response withToken(Response.ResponseBuilder response, SurveyGuard.BrowserToken token) {
        return response.header(TOKEN_HEADER, token.value())
                .cookie(new NewCookie.Builder(TOKEN_COOKIE).value(token.value()).path("/api/v1/public/surveys")
                        .maxAge(400 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
