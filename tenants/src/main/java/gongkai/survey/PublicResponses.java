package gongkai.survey;

import gongkai.error.Check;
import gongkai.tenancy.Acting;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one path of an anonymous respondent, shared by the REST API and the Vaadin survey page so that both get the
 * same guards: the slug finds its tenant, the work runs as the system for that tenant, a submission first takes
 * from the rate limit of its address hash, and the browser keeps a signed token (answers once per unit).
 */
@ApplicationScoped
public class PublicResponses {

    @Inject
    PublicSurveys surveys;

    @Inject
    SurveyGuard guard;

    @Inject
    PublicSubmissions submissions;

    /** A survey as served, with the browser's token (a new one when it sent none or an invalid one). */
    public record Opened(PublicSurvey survey, SurveyGuard.BrowserToken token) {
    }

    /** A submission's receipt, with the browser's token. */
    public record Submitted(Receipt receipt, SurveyGuard.BrowserToken token) {
    }

    /** Too many submissions from one network address to one survey: try again after {@code retryAfterSeconds}. */
    public static final class RateLimited extends RuntimeException {
        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("too many responses from this network address; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The survey behind a public link; 404 for an unknown slug. */
    public Opened open(String slug, String sentToken) {
        SurveyLocation location = surveys.locate(slug);
        return new Opened(as(location, () -> surveys.survey(slug)), guard.token(sentToken));
    }

    /**
     * Submits one response from {@code remoteAddress} (kept only as a salted hash) with the token the browser sent;
     * see {@link PublicSurveys#submit} for the answers. Throws {@link RateLimited} before anything is read and
     * {@link SubmissionsBusy} when beyond capacity.
     */
    public Submitted submit(String slug, Submission submission, String idempotencyKey, String remoteAddress,
                            String sentToken) {
        submissions.locate(slug); // 404 for an unknown slug, from a short-lived cache
        String addressHash = guard.addressHash(remoteAddress);
        Optional<Long> wait = guard.take(addressHash, slug);
        if (wait.isPresent()) {
            throw new RateLimited(wait.get());
        }
        Check.present("body", submission);
        SurveyGuard.BrowserToken token = guard.token(sentToken);
        // group-committed (decision 010); throws SubmissionsBusy beyond capacity
        Receipt receipt = submissions.submit(slug, submission,
                new SubmissionSource(idempotencyKey, addressHash, token.hash()));
        return new Submitted(receipt, token);
    }

    private static <T> T as(SurveyLocation location, Supplier<T> work) {
        return TenantContext.call(Acting.system(location.tenantId(), location.tenantCode()), work);
    }
}
