package gongkai.survey;

import gongkai.audit.AuditLog;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The acting tenant's evaluation campaigns (issue 5): created by the office over a set of its units with one
 * questionnaire version, open between two wall-clock times of the tenant's zone; listed by every role of the
 * tenant (the public link is public anyway).
 */
@ApplicationScoped
public class Campaigns {

    private static final String ENTITY = "campaign";
    private static final String SLUG_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Units units;

    @Inject
    Questionnaires questionnaires;

    @Inject
    AuditLog audit;

    @Transactional
    public List<CampaignSummary> list() {
        TenantContext.current();
        return tenancy.entityManager().createQuery("select c from Campaign c order by c.opensAt desc, c.code",
                Campaign.class).getResultList().stream().map(this::summary).toList();
    }

    @Transactional
    public CampaignSummary get(String code) {
        return summary(find(code));
    }

    @Transactional
    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    @Transactional
    public CampaignSummary create(NewCampaign request) {
        Check.present("body", request);
        Acting acting = TenantContext.current();
        acting.requireChange(Role.TENANT_ADMIN);
        EntityManager em = tenancy.entityManager();
        if (byCode(request.code()).isPresent()) {
            throw DomainException.conflict("code", "a campaign with code '" + request.code() + "' already exists");
        }
        String slug = request.slug() == null ? newSlug() : request.slug();
        if (slugTaken(slug)) {
            throw DomainException.conflict("slug", "the public link '" + slug + "' is taken; choose another");
        }
        Map<String, Unit> byCode = units.list(false).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<UUID> unitIds = new ArrayList<>();
        for (int i = 0; i < request.unitCodes().size(); i++) {
            Unit unit = byCode.get(request.unitCodes().get(i));
            if (unit == null) {
                throw DomainException.invalid("unitCodes[" + i + "]", "no active unit '" + request.unitCodes().get(i) + "'");
            }
            unitIds.add(unit.id());
        }
        Questionnaire questionnaire = questionnaires.forCampaign(request.questionnaireCode(), request.questionnaireVersion());
        ZoneId zone = zone(acting);
        Campaign campaign = new Campaign(request.code(), slug, request.names(), questionnaire.id(),
                request.opensAt().atZone(zone).toInstant(), request.closesAt().atZone(zone).toInstant(), request.modes(),
                Boolean.TRUE.equals(request.requiresAccessCode()));
        em.persist(campaign);
        em.flush();
        for (int i = 0; i < unitIds.size(); i++) {
            em.createNativeQuery("insert into campaign_unit (tenant_id, campaign_id, unit_id, position)"
                            + " values (gongkai_current_tenant(), ?1, ?2, ?3)")
                    .setParameter(1, campaign.id().toString()).setParameter(2, unitIds.get(i).toString())
                    .setParameter(3, i).executeUpdate();
        }
        Map<String, Object> after = campaign.auditView();
        after.put("unitCodes", request.unitCodes());
        audit.record("CREATE", ENTITY, campaign.id(), campaign.code(), null, after);
        return summary(campaign);
    }

    /** How the campaign's responses become results (any role of the tenant may read them). */
    @Transactional
    public CampaignRules rules(String code) {
        return find(code).rules();
    }

    /** Sets how the campaign's responses become results (the office); results read them at once. */
    @Transactional
    public CampaignRules changeRules(String code, CampaignRules rules) {
        Check.present("body", rules);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Campaign campaign = find(code);
        Map<String, Object> before = campaign.rulesView();
        campaign.changeRules(rules);
        audit.record("CHANGE_RULES", ENTITY, campaign.id(), campaign.code(), before, campaign.rulesView());
        return campaign.rules();
    }

    Campaign find(String code) {
        return byCode(code).orElseThrow(() -> DomainException.notFound("campaign " + code));
    }

    Optional<Campaign> byCode(String code) {
        return tenancy.entityManager().createQuery("select c from Campaign c where c.code = :code", Campaign.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The campaign's units, in their order. */
    List<Unit> unitsOf(Campaign campaign) {
        @SuppressWarnings("unchecked")
        List<Object> ids = tenancy.entityManager().createNativeQuery(
                        "select unit_id::text from campaign_unit where campaign_id = ?1 order by position")
                .setParameter(1, campaign.id().toString()).getResultList();
        Map<UUID, Unit> all = units.list(true).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return ids.stream().map(id -> all.get(UUID.fromString(id.toString()))).toList();
    }

    Questionnaire questionnaireOf(Campaign campaign) {
        return tenancy.entityManager().find(Questionnaire.class, campaign.questionnaireId());
    }

    private CampaignSummary summary(Campaign campaign) {
        ZoneId zone = zone(TenantContext.current());
        Questionnaire questionnaire = questionnaireOf(campaign);
        return new CampaignSummary(campaign.code(), campaign.slug(), campaign.names(),
                campaign.statusAt(Instant.now()), campaign.opensAt().atZone(zone).toOffsetDateTime(),
                campaign.closesAt().atZone(zone).toOffsetDateTime(), campaign.modes(), questionnaire.code(),
                questionnaire.questionnaireVersion(), unitsOf(campaign).stream().map(Unit::code).toList(),
                "/api/v1/public/surveys/" + campaign.slug(), PublicSurveys.PAGE_PATH + campaign.slug(),
                campaign.requiresAccessCode());
    }

    private ZoneId zone(Acting acting) {
        return jurisdictions.byId(acting.tenantId()).map(Tenant::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    }

    private boolean slugTaken(String slug) {
        return !tenancy.global().createNativeQuery("select 1 from survey_slug where slug = ?1")
                .setParameter(1, slug).getResultList().isEmpty();
    }

    private static String newSlug() {
        StringBuilder slug = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            slug.append(SLUG_ALPHABET.charAt(RANDOM.nextInt(SLUG_ALPHABET.length())));
        }
        return slug.toString();
    }
}
