package gongkai.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Anonymous public evaluation (公众评议): a survey is found by its slug ({@link #locate}, before any tenant is
 * known); the edge then acts as the system for that tenant and reads the survey or submits a response. A retried
 * submission counts once and a browser answers once per unit: both by unique constraints of survey_response.
 */
@ApplicationScoped
public class PublicSurveys {

    /** The respondents' page of a survey is this path followed by its slug (the Vaadin view, no login). */
    public static final String PAGE_PATH = "/s/";

    /** A response this fast after the form was served is flagged TOO_FAST at once (the checks at aggregation refine). */
    private static final Duration TOO_FAST = Duration.ofSeconds(5);

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Campaigns campaigns;

    /** The tenant of a slug; 404 for an unknown slug (the directory holds nothing else). */
    @Transactional
    public SurveyLocation locate(String slug) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw DomainException.notFound("survey " + slug);
        }
        List<?> rows = tenancy.global().createNativeQuery("select tenant_id::text from survey_slug where slug = ?1")
                .setParameter(1, slug).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("survey " + slug);
        }
        Tenant tenant = jurisdictions.byId(UUID.fromString(rows.get(0).toString()))
                .filter(Tenant::active).orElseThrow(() -> DomainException.notFound("survey " + slug));
        return new SurveyLocation(tenant.id(), tenant.code());
    }

    /** The survey of the acting tenant with this slug. */
    @Transactional
    public PublicSurvey survey(String slug) {
        Campaign campaign = bySlug(slug);
        ZoneId zone = jurisdictions.byId(TenantContext.current().tenantId()).map(Tenant::timeZone)
                .orElse(ZoneId.of("Asia/Shanghai"));
        List<PublicUnit> units = campaigns.unitsOf(campaign).stream()
                .map(u -> new PublicUnit(u.code(), u.names())).toList();
        return new PublicSurvey(campaign.slug(), campaign.names(), campaign.statusAt(Instant.now()),
                campaign.opensAt().atZone(zone).toOffsetDateTime(), campaign.closesAt().atZone(zone).toOffsetDateTime(),
                units, campaigns.questionnaireOf(campaign).definition(), campaign.requiresAccessCode());
    }

    /**
     * Stores one response, or finds the one an earlier submission with the same idempotency key stored (even after
     * closing). Refuses: a unit not in the campaign or invalid answers (400, naming the field), a key used for another
     * response (409), a campaign not open (409), a second response of the same browser about the same unit (409);
     * a missing or unknown access code (400) or one used already (409), each naming {@code accessCode}.
     */
    @Transactional
    public Receipt submit(String slug, Submission submission, SubmissionSource source) {
        Check.present("body", submission);
        String key = Check.optional("Idempotency-Key", source.idempotencyKey(), 100);
        EntityManager em = tenancy.entityManager();
        Campaign campaign = bySlug(slug);
        List<?> unitIds = em.createNativeQuery("select u.id::text from campaign_unit cu join assessed_unit u"
                        + " on u.tenant_id = cu.tenant_id and u.id = cu.unit_id where cu.campaign_id = ?1 and u.code = ?2")
                .setParameter(1, campaign.id().toString()).setParameter(2, submission.unitCode()).getResultList();
        if (unitIds.isEmpty()) {
            throw DomainException.invalid("unitCode", "unit '" + submission.unitCode() + "' is not evaluated in this survey");
        }
        UUID unitId = UUID.fromString(unitIds.get(0).toString());
        QuestionnaireDefinition definition = campaigns.questionnaireOf(campaign).definition();
        AnswerSheet sheet = AnswerSheet.check(definition, submission.answers());
        if (key != null) {
            Optional<Receipt> earlier = byKey(em, campaign, key, unitId, sheet);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = Instant.now();
        if (!campaign.acceptsPublicAt(now)) {
            throw DomainException.conflict(null, "the survey is " + campaign.statusAt(now).name().toLowerCase()
                    + " (open from " + campaign.opensAt() + " to " + campaign.closesAt() + ")");
        }
        if (campaign.requiresAccessCode() && submission.accessCode() == null) {
            throw DomainException.invalid("accessCode", "this survey needs the one-time access code handed out with it");
        }
        Instant startedAt = submission.startedAt() == null || submission.startedAt().isAfter(now)
                ? null : submission.startedAt();
        String flags = startedAt != null && Duration.between(startedAt, now).compareTo(TOO_FAST) < 0 ? "TOO_FAST" : "";
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into survey_response (tenant_id, id, campaign_id, unit_id, mode,"
                        + " answers, scored, started_at, submitted_at, address_hash, browser_token_hash, idempotency_key, flags,"
                        + " score) values (gongkai_current_tenant(), ?1, ?2, ?3, 'PUBLIC', cast(?4 as jsonb),"
                        + " cast(?5 as integer[]), cast(?6 as timestamptz), cast(?7 as timestamptz), ?8, ?9, ?10, ?11, ?12)"
                        + " on conflict do nothing")
                .setParameter(1, id.toString()).setParameter(2, campaign.id().toString())
                .setParameter(3, unitId.toString()).setParameter(4, sheet.answers().toString())
                .setParameter(5, Arrays.stream(sheet.scored()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter(6, startedAt == null ? null : startedAt.toString())
                .setParameter(7, now.toString()).setParameter(8, source.addressHash())
                .setParameter(9, source.browserTokenHash()).setParameter(10, key).setParameter(11, flags)
                .setParameter(12, definition.scoringModel().spreadScore(sheet.scored()))
                .executeUpdate();
        if (inserted == 1) {
            if (submission.accessCode() != null) {
                // in the same transaction: a refused code rolls the response back
                AccessCodes.consume(em, campaign, submission.accessCode(), id);
            }
            return new Receipt(id, now, true);
        }
        // A unique key held: the same key submitted concurrently, or this browser already answered for this unit.
        if (key != null) {
            Optional<Receipt> earlier = byKey(em, campaign, key, unitId, sheet);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        throw DomainException.conflict("unitCode", "this browser has already answered for unit '" + submission.unitCode() + "'");
    }

    /** What a submission needs of the acting tenant's survey with this slug, read once for a few seconds. */
    @Transactional
    SubmissionTarget target(String slug, SurveyLocation location) {
        Campaign campaign = bySlug(slug);
        Map<String, UUID> unitIds = new HashMap<>();
        campaigns.unitsOf(campaign).forEach(u -> unitIds.put(u.code(), u.id()));
        QuestionnaireDefinition definition = campaigns.questionnaireOf(campaign).definition();
        gongkai.survey.results.ScoringModel model = definition.scoringModel();
        return new SubmissionTarget(location, slug, campaign.id(), definition, model,
                gongkai.survey.results.ResponseScorer.of(model),
                Map.copyOf(unitIds), campaign.opensAt(), campaign.closesAt(),
                campaign.modes().contains(gongkai.survey.results.EvaluationMode.PUBLIC), campaign.requiresAccessCode(),
                System.nanoTime());
    }

    private Campaign bySlug(String slug) {
        return tenancy.entityManager().createQuery("select c from Campaign c where c.slug = :slug", Campaign.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("survey " + slug));
    }

    /**
     * The receipt of the response stored earlier with this key; refused (409) when that response was a different one
     * (another unit or other answers): a key names one submission, retried.
     */
    private static Optional<Receipt> byKey(EntityManager em, Campaign campaign, String key, UUID unitId,
                                           AnswerSheet sheet) {
        List<?> rows = em.createNativeQuery("select id::text, submitted_at, unit_id::text, answers::text"
                        + " from survey_response where campaign_id = ?1 and idempotency_key = ?2")
                .setParameter(1, campaign.id().toString()).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            if (!unitId.toString().equals(r[2].toString()) || !sheet.answers().equals(json(r[3].toString()))) {
                throw DomainException.conflict("Idempotency-Key",
                        "this Idempotency-Key was used for a different response; use a new key for a new response");
            }
            return new Receipt(UUID.fromString(r[0].toString()), instant(r[1]), false);
        });
    }

    static JsonNode json(String text) {
        try {
            return QuestionnaireJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not JSON", e);
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
