package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.audit.AuditLog;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Representative evaluation (代表评议, issue 5): the office invites panel members of a campaign, each with a
 * personal link (a random token, no account; only its hash is kept), sees who has finished and records reminders.
 * A member scores each unit on the panel form; their scores are the campaign's REPRESENTATIVE responses, one per
 * member and unit, replaced while the campaign is open.
 */
@ApplicationScoped
public class Panels {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenancy tenancy;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    @Transactional
    public PanelInvitation invite(String campaignCode, NewPanelMember request) {
        Check.present("body", request);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Campaign campaign = campaigns.find(campaignCode);
        if (!campaign.modes().contains(EvaluationMode.REPRESENTATIVE)) {
            throw DomainException.conflict("campaignCode", "campaign " + campaignCode
                    + " has no representative evaluation (its modes are " + campaign.modes() + ")");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PanelMember member = new PanelMember(campaign.id(), request.name(), request.type(), hash(token), Instant.now());
        tenancy.entityManager().persist(member);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaign", campaignCode);
        after.put("name", request.name());
        after.put("type", request.type().name());
        audit.record("INVITE_PANEL_MEMBER", "panel_member", member.id(), campaignCode + "/" + request.name(), null, after);
        return new PanelInvitation(member.id(), request.name(), request.type(), token, "/api/v1/public/panel/" + token);
    }

    /** Who is on the panel and how far each has got (the office and assessors). */
    @Transactional
    public List<PanelMemberStatus> members(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        int units = campaigns.unitsOf(campaign).size();
        Map<String, Integer> scored = new HashMap<>();
        for (Object row : tenancy.entityManager().createNativeQuery("select panel_member_id::text, count(*)"
                        + " from survey_response where campaign_id = ?1 and panel_member_id is not null"
                        + " group by panel_member_id")
                .setParameter(1, campaign.id().toString()).getResultList()) {
            Object[] r = (Object[]) row;
            scored.put(r[0].toString(), ((Number) r[1]).intValue());
        }
        return panel(campaign).stream().map(m -> status(m, scored.getOrDefault(m.id().toString(), 0), units)).toList();
    }

    /** Records a reminder to a member (the office); sending it is the office's business. */
    @Transactional
    public PanelMemberStatus remind(String campaignCode, UUID memberId) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Campaign campaign = campaigns.find(campaignCode);
        PanelMember member = panel(campaign).stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("panel member " + memberId));
        Map<String, Object> before = Map.of("reminders", member.reminders());
        member.remind(Instant.now());
        audit.record("REMIND_PANEL_MEMBER", "panel_member", member.id(), campaignCode + "/" + member.name(), before,
                Map.of("reminders", member.reminders()));
        return members(campaignCode).stream().filter(s -> s.memberId().equals(memberId)).findFirst().orElseThrow();
    }

    /** The tenant of a personal link; 404 for an unknown token. */
    @Transactional
    public SurveyLocation locate(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16,64}")) {
            throw DomainException.notFound("panel link");
        }
        List<?> rows = tenancy.global().createNativeQuery("select tenant_id::text from panel_token where token_hash = ?1")
                .setParameter(1, hash(token)).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("panel link");
        }
        Tenant tenant = jurisdictions.byId(UUID.fromString(rows.get(0).toString())).filter(Tenant::active)
                .orElseThrow(() -> DomainException.notFound("panel link"));
        return new SurveyLocation(tenant.id(), tenant.code());
    }

    /** The panel form behind a personal link, as the acting tenant (after {@link #locate}). */
    @Transactional
    public PanelForm form(String token) {
        PanelMember member = byToken(token);
        Campaign campaign = campaignOf(member);
        Set<String> done = scoredUnits(member);
        List<PanelForm.Unit> units = new ArrayList<>();
        for (Unit u : campaigns.unitsOf(campaign)) {
            units.add(new PanelForm.Unit(u.code(), u.names(), done.contains(u.id().toString())));
        }
        return new PanelForm(campaign.code(), campaign.names(), campaign.statusAt(Instant.now()), member.name(),
                member.type(), units, campaigns.questionnaireOf(campaign).definition());
    }

    /**
     * A member's scores for one unit (the questionnaire's answers), stored or replacing their earlier ones while the
     * campaign is open: 400 naming the question, 404 for a unit not in the campaign, 409 when not open.
     */
    @Transactional
    public Receipt score(String token, String unitCode, Map<String, JsonNode> answers) {
        PanelMember member = byToken(token);
        Campaign campaign = campaignOf(member);
        Unit unit = campaigns.unitsOf(campaign).stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("unit " + unitCode + " in this evaluation"));
        QuestionnaireDefinition definition = campaigns.questionnaireOf(campaign).definition();
        AnswerSheet sheet = AnswerSheet.check(definition, answers);
        Instant now = Instant.now();
        if (campaign.statusAt(now) != CampaignStatus.OPEN) {
            throw DomainException.conflict(null, "the evaluation is " + campaign.statusAt(now).name().toLowerCase());
        }
        StringBuilder scored = new StringBuilder("{");
        for (int i = 0; i < sheet.scored().length; i++) {
            scored.append(i == 0 ? "" : ",").append(sheet.scored()[i]);
        }
        List<?> ids = tenancy.entityManager().createNativeQuery("insert into survey_response (tenant_id, id, campaign_id,"
                        + " unit_id, mode, answers, scored, submitted_at, panel_member_id, score) values"
                        + " (gongkai_current_tenant(), cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), 'REPRESENTATIVE',"
                        + " cast(?4 as jsonb), cast(?5 as integer[]), cast(?6 as timestamptz), cast(?7 as uuid), ?8)"
                        + " on conflict (tenant_id, campaign_id, unit_id, panel_member_id) do update set"
                        + " answers = excluded.answers, scored = excluded.scored, submitted_at = excluded.submitted_at,"
                        + " score = excluded.score returning id::text")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, campaign.id().toString())
                .setParameter(3, unit.id().toString()).setParameter(4, sheet.answers().toString())
                .setParameter(5, scored.append('}').toString()).setParameter(6, now.toString())
                .setParameter(7, member.id().toString())
                .setParameter(8, definition.scoringModel().spreadScore(sheet.scored())).getResultList();
        return new Receipt(UUID.fromString(ids.get(0).toString()), now, true);
    }

    private PanelMember byToken(String token) {
        return tenancy.entityManager().createQuery("select m from PanelMember m where m.tokenHash = :hash",
                        PanelMember.class).setParameter("hash", hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("panel link"));
    }

    private Campaign campaignOf(PanelMember member) {
        return tenancy.entityManager().find(Campaign.class, member.campaignId());
    }

    private List<PanelMember> panel(Campaign campaign) {
        return tenancy.entityManager().createQuery("select m from PanelMember m where m.campaignId = :campaign"
                + " order by m.invitedAt, m.name", PanelMember.class).setParameter("campaign", campaign.id()).getResultList();
    }

    private Set<String> scoredUnits(PanelMember member) {
        Set<String> units = new HashSet<>();
        EntityManager em = tenancy.entityManager();
        for (Object id : em.createNativeQuery("select unit_id::text from survey_response where panel_member_id = ?1")
                .setParameter(1, member.id().toString()).getResultList()) {
            units.add(id.toString());
        }
        return units;
    }

    private static PanelMemberStatus status(PanelMember m, int scored, int units) {
        return new PanelMemberStatus(m.id(), m.name(), m.type(), m.invitedAt(), scored, units,
                units > 0 && scored >= units, m.reminders(), m.lastRemindedAt());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
