package gongkai.survey;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import gongkai.survey.results.QualityChecks;
import gongkai.survey.results.QualityFlag;
import gongkai.survey.results.ResponseFacts;
import gongkai.survey.results.ResponseId;
import gongkai.survey.results.UnitCode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public submission's fast path (issue 5 targets): the survey behind a slug is read once and kept for
 * {@code gongkai.survey.cache-seconds} (a campaign's questionnaire version is frozen while it is open; a change of
 * dates or an unknown slug is seen within that time), the response is checked in the request's thread, and the
 * {@link ResponseWriter} stores it with others in one commit. A campaign that is not open takes the ordinary path
 * ({@link PublicSurveys#submit}): a retry of a stored response is still answered 200, anything else 409.
 */
@ApplicationScoped
public class PublicSubmissions {

    /** A response this fast after the form was served is flagged TOO_FAST at once (the checks at aggregation refine). */
    private static final Duration TOO_FAST = Duration.ofSeconds(5);

    @Inject
    PublicSurveys surveys;

    @Inject
    ResponseWriter writer;

    @Inject
    @ConfigProperty(name = "gongkai.survey.cache-seconds", defaultValue = "5")
    int cacheSeconds;

    private final Map<String, SubmissionTarget> targets = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();

    /** The tenant of a slug (404 for an unknown slug), as {@link PublicSurveys#locate} but kept a few seconds. */
    public SurveyLocation locate(String slug) {
        return target(slug).location();
    }

    /**
     * Stores one response once its commit returned (201), or answers the earlier receipt of the same key (200);
     * refuses as {@link PublicSurveys#submit} does; {@link SubmissionsBusy} when beyond capacity.
     */
    public Receipt submit(String slug, Submission submission, SubmissionSource source) {
        Check.present("body", submission);
        Check.optional("Idempotency-Key", source.idempotencyKey(), 100);
        SubmissionTarget target = target(slug);
        Instant now = Instant.now();
        // Outside the window the transactional path gives the precise refusal; a one-time access code must be consumed
        // in the response's own transaction (decision 011), so on-site campaigns with codes take that path too.
        if (!target.acceptsPublicAt(now) || target.requiresAccessCode() || submission.accessCode() != null) {
            return TenantContext.call(system(target), () -> surveys.submit(slug, submission, source));
        }
        UUID unitId = target.unitIds().get(submission.unitCode());
        if (unitId == null) {
            throw DomainException.invalid("unitCode", "unit '" + submission.unitCode() + "' is not evaluated in this survey");
        }
        AnswerSheet sheet = AnswerSheet.check(target.definition(), submission.answers());
        Instant startedAt = submission.startedAt() == null || submission.startedAt().isAfter(now)
                ? null : submission.startedAt();
        ResponseFacts facts = new ResponseFacts(new ResponseId(0), new UnitCode(submission.unitCode()),
                source.addressHash(), startedAt, now, sheet.scored());
        Set<QualityFlag> own = QualityChecks.ownFlags(target.model(), facts, SurveyResults.QUALITY);
        if (startedAt != null && Duration.between(startedAt, now).compareTo(TOO_FAST) < 0) {
            own.add(QualityFlag.TOO_FAST);
        }
        String flags = own.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return writer.write(new PendingResponse(target.location().tenantId(), target.campaignId(), unitId,
                submission.unitCode(), sheet, target.scorer().spreadScore(sheet.scored()), startedAt, now, source, flags,
                QualityChecks.comparesPattern(target.model(), facts, SurveyResults.QUALITY)));
    }

    private SubmissionTarget target(String slug) {
        SubmissionTarget target = targets.get(slug);
        long now = System.nanoTime();
        if (target != null && now - target.loadedAtNanos() < cacheSeconds * 1_000_000_000L) {
            return target;
        }
        if (target != null && refreshing.putIfAbsent(slug, Boolean.TRUE) != null) {
            // Another request is reading it again: this one keeps the last copy for those few milliseconds rather
            // than every concurrent request reading the survey at once when the copy expires (a latency spike
            // every cacheSeconds under load).
            return target;
        }
        try {
            return load(slug);
        } finally {
            if (target != null) {
                refreshing.remove(slug);
            }
        }
    }

    private SubmissionTarget load(String slug) {
        if (targets.size() > 10_000) {
            targets.clear();
        }
        SurveyLocation location = surveys.locate(slug);
        SubmissionTarget loaded = TenantContext.call(Acting.system(location.tenantId(), location.tenantCode()),
                () -> surveys.target(slug, location));
        targets.put(slug, loaded);
        return loaded;
    }

    private static Acting system(SubmissionTarget target) {
        return Acting.system(target.location().tenantId(), target.location().tenantCode());
    }
}
