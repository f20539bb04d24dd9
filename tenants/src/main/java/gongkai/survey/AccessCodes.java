package gongkai.survey;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * On-site distribution of a public survey (issue 5): the page a QR code points to, and one-time access codes. The
 * office issues a batch of codes, prints
 * them (the plain codes exist only in that answer; the database keeps their hashes), and each code admits one
 * response. Codes are ten characters of an alphabet without look-alikes (0/O, 1/I/L), printed as two groups of
 * five; case, spaces and hyphens do not matter when typed back.
 */
@ApplicationScoped
public class AccessCodes {

    /** At most this many codes per request (a printable batch). */
    public static final int MAX_BATCH = 5000;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenancy tenancy;

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    /** How many codes a campaign has, and how many of them were used. */
    public record Counts(String campaignCode, boolean required, long issued, long used) {
    }

    /** A newly issued batch: the plain codes (shown once) and the survey page they open. */
    public record Batch(String campaignCode, String slug, String pagePath, List<String> codes) {
    }

    /** A request to issue codes. */
    public record Issue(Integer count) {
        public Issue {
            if (count == null || count < 1 || count > MAX_BATCH) {
                throw DomainException.invalid("count", "from 1 to " + MAX_BATCH + " codes at a time");
            }
        }
    }

    /** Whether the public survey takes only responses with a code. */
    public record Requirement(Boolean required) {
        public Requirement {
            if (required == null) {
                throw DomainException.invalid("required", "true or false");
            }
        }
    }

    /** A campaign's public page, to print as a link or a QR code. */
    public record Page(String campaignCode, String slug, String pagePath, gongkai.tenancy.Names names) {
    }

    /** The public page of a campaign, for the office to distribute (QR codes, posters). */
    @Transactional
    public Page page(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN);
        Campaign campaign = campaigns.find(campaignCode);
        return new Page(campaign.code(), campaign.slug(), PublicSurveys.PAGE_PATH + campaign.slug(), campaign.names());
    }

    /** Issues {@code count} new codes for a campaign (the office). */
    @Transactional
    public Batch issue(String campaignCode, int count) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        if (count < 1 || count > MAX_BATCH) {
            throw DomainException.invalid("count", "from 1 to " + MAX_BATCH + " codes at a time");
        }
        Campaign campaign = campaigns.find(campaignCode);
        EntityManager em = tenancy.entityManager();
        List<String> codes = new ArrayList<>(count);
        List<String> hashes = new ArrayList<>(count);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (codes.size() < count) {
            String code = newCode();
            String hash = hash(campaign, normalise(code));
            if (seen.add(hash)) {
                codes.add(code);
                hashes.add(hash);
            }
        }
        int inserted = em.createNativeQuery("insert into survey_access_code (tenant_id, campaign_id, code_hash)"
                        + " select gongkai_current_tenant(), ?1, h from unnest(cast(?2 as text[])) h on conflict do nothing")
                .setParameter(1, campaign.id().toString())
                .setParameter(2, hashes.stream().collect(Collectors.joining(",", "{", "}"))).executeUpdate();
        if (inserted != count) {
            // 50 random bits: a clash with an earlier batch is all but impossible; refuse rather than print a dud
            throw new IllegalStateException("an access code clashed with an earlier one; issue the batch again");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("issued", count);
        audit.record("ISSUE_ACCESS_CODES", "campaign", campaign.id(), campaign.code(), null, after);
        return new Batch(campaign.code(), campaign.slug(), PublicSurveys.PAGE_PATH + campaign.slug(), codes);
    }

    /** The office and assessors see how many codes were issued and used. */
    @Transactional
    public Counts counts(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        Object[] row = (Object[]) tenancy.entityManager().createNativeQuery("select count(*), count(used_at)"
                        + " from survey_access_code where campaign_id = ?1")
                .setParameter(1, campaign.id().toString()).getSingleResult();
        return new Counts(campaign.code(), campaign.requiresAccessCode(), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue());
    }

    /** Whether the public survey takes only responses with an unused code (the office). */
    @Transactional
    public Counts require(String campaignCode, boolean required) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Campaign campaign = campaigns.find(campaignCode);
        if (campaign.requiresAccessCode() != required) {
            Map<String, Object> before = campaign.auditView();
            campaign.requireAccessCode(required);
            audit.record("UPDATE", "campaign", campaign.id(), campaign.code(), before, campaign.auditView());
        }
        return counts(campaignCode);
    }

    /**
     * Marks a code used by a response, atomically (a concurrent second use waits for the first and finds it used):
     * 409 when used already, 400 when the campaign never issued it; both name {@code accessCode}.
     */
    static void consume(EntityManager em, Campaign campaign, String code, UUID responseId) {
        String hash = hash(campaign, code);
        int used = em.createNativeQuery("update survey_access_code set used_at = now(), response_id = ?1"
                        + " where campaign_id = ?2 and code_hash = ?3 and used_at is null")
                .setParameter(1, responseId.toString()).setParameter(2, campaign.id().toString())
                .setParameter(3, hash).executeUpdate();
        if (used == 1) {
            return;
        }
        boolean issued = !em.createNativeQuery("select 1 from survey_access_code where campaign_id = ?1 and code_hash = ?2")
                .setParameter(1, campaign.id().toString()).setParameter(2, hash).getResultList().isEmpty();
        if (issued) {
            throw DomainException.conflict("accessCode", "this access code has been used already");
        }
        throw DomainException.invalid("accessCode", "this access code is not one of this survey's");
    }

    /** A typed code as stored: upper case, without spaces and hyphens; null when blank. */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String plain = code.replaceAll("[\\s-]", "").toUpperCase();
        if (plain.isEmpty()) {
            return null;
        }
        if (plain.length() > 32 || !plain.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw DomainException.invalid("accessCode", "an access code has letters and digits only");
        }
        return plain;
    }

    static String hash(Campaign campaign, String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((campaign.id() + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
