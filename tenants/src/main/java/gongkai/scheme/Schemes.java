package gongkai.scheme;

import gongkai.audit.AuditLog;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.InvalidSchemeException;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeProblem;
import gongkai.scoring.SchemeValidator;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.ScoringEngine;
import gongkai.scoring.ScoringInput;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acting tenant's assessment schemes (issue 3): created from a built-in template, a copy or an import, edited
 * as drafts, approved when valid, frozen once approved. Every role of the tenant reads approved and in-use
 * versions (units receive the scoring sheet); drafts are read by the office and assessors only, and changed by
 * the office only.
 */
@ApplicationScoped
public class Schemes {

    private static final String ENTITY = "scheme";

    @Inject
    Tenancy tenancy;

    @Inject
    AuditLog audit;

    /** The versions the caller may read, newest year first, then by code and version; {@code year} filters. */
    @Transactional
    public List<SchemeSummary> list(Integer year) {
        boolean drafts = readsDrafts(TenantContext.current());
        StringBuilder jpql = new StringBuilder("select s from AssessmentScheme s where 1 = 1");
        if (year != null) {
            jpql.append(" and s.year = :year");
        }
        if (!drafts) {
            jpql.append(" and s.state <> :draft");
        }
        jpql.append(" order by s.year desc, s.code, s.schemeVersion");
        TypedQuery<AssessmentScheme> query = tenancy.entityManager()
                .createQuery(jpql.toString(), AssessmentScheme.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        if (!drafts) {
            query.setParameter("draft", SchemeState.DRAFT);
        }
        return query.getResultList().stream().map(AssessmentScheme::summary).toList();
    }

    @Transactional
    public SchemeVersion get(String code, int version) {
        return view(readable(code, version));
    }

    /** The newest version the caller may read (for units and panel members: the newest approved one). */
    @Transactional
    public SchemeVersion latest(String code) {
        boolean drafts = readsDrafts(TenantContext.current());
        return versions(code).stream()
                .filter(s -> drafts || s.state() != SchemeState.DRAFT)
                .reduce((older, newer) -> newer)
                .map(this::view)
                .orElseThrow(() -> notFound(code));
    }

    /** A new scheme as DRAFT version 1; saved even when its definition has problems, which come back with it. */
    @Transactional
    public SchemeVersion create(NewScheme request) {
        Check.present("body", request);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        if (!versions(request.code()).isEmpty()) {
            throw DomainException.conflict("code", "a scheme with code '" + request.code() + "' already exists");
        }
        SchemeDefinition source;
        String basedOn;
        if (request.template() != null) {
            source = SchemeTemplates.find(request.template()).orElseThrow(() -> DomainException.invalid("template",
                    "no template '" + request.template() + "'; the templates are "
                            + String.join(", ", SchemeTemplates.ids())));
            basedOn = request.template();
        } else if (request.copyOfCode() != null) {
            AssessmentScheme original = request.copyOfVersion() == null
                    ? versions(request.copyOfCode()).stream().reduce((older, newer) -> newer)
                    .orElseThrow(() -> DomainException.invalid("copyOfCode",
                            "no scheme '" + request.copyOfCode() + "' to copy"))
                    : byVersion(request.copyOfCode(), request.copyOfVersion())
                    .orElseThrow(() -> DomainException.invalid("copyOfVersion", "no version "
                            + request.copyOfVersion() + " of scheme '" + request.copyOfCode() + "' to copy"));
            source = original.definition();
            basedOn = original.code() + " v" + original.schemeVersion();
        } else {
            source = request.definition();
            basedOn = null;
        }
        Integer year = request.year() != null ? request.year() : source.year();
        if (year == null) {
            throw DomainException.invalid("year", "year is required (the source gives none)");
        }
        AssessmentScheme scheme = new AssessmentScheme(request.code(), checkYear("year", year), 1, basedOn, source);
        tenancy.entityManager().persist(scheme);
        SchemeVersion created = view(scheme);
        audit.record("CREATE", ENTITY, scheme.id(), key(scheme), null, auditView(created));
        return created;
    }

    /** Replaces a draft's definition; it is saved with its problems (work in progress) and returns them. */
    @Transactional
    public SchemeVersion update(String code, int version, SchemeDefinition definition) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Check.present("definition", definition);
        AssessmentScheme scheme = draft(code, version, "changed");
        Map<String, Object> before = auditView(view(scheme));
        scheme.define(definition);
        SchemeVersion updated = view(scheme);
        audit.record("UPDATE", ENTITY, scheme.id(), key(scheme), before, auditView(updated));
        return updated;
    }

    /**
     * Approves a valid draft; it is frozen from then on.
     *
     * @throws SchemeProblemsException naming every problem of an invalid draft
     */
    @Transactional
    public SchemeVersion approve(String code, int version) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        AssessmentScheme scheme = draft(code, version, "approved");
        SchemeVersion current = view(scheme);
        if (!current.problems().isEmpty()) {
            throw new SchemeProblemsException("version " + version + " of scheme '" + code + "' has "
                    + current.problems().size() + " problem(s) and cannot be approved", "definition",
                    current.problems());
        }
        scheme.changeState(SchemeState.APPROVED);
        SchemeVersion approved = view(scheme);
        audit.record("APPROVE", ENTITY, scheme.id(), key(scheme), auditView(current), auditView(approved));
        return approved;
    }

    /** Copies the latest version as the next DRAFT; refused while the latest is itself a draft. */
    @Transactional
    public SchemeVersion newVersion(String code) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        AssessmentScheme latest = versions(code).stream().reduce((older, newer) -> newer)
                .orElseThrow(() -> notFound(code));
        if (latest.state() == SchemeState.DRAFT) {
            throw DomainException.conflict("state", "version " + latest.schemeVersion() + " of scheme '" + code
                    + "' is still a DRAFT: change it instead of starting a new version");
        }
        AssessmentScheme next = new AssessmentScheme(code, latest.year(), latest.schemeVersion() + 1,
                code + " v" + latest.schemeVersion(), latest.definition());
        tenancy.entityManager().persist(next);
        SchemeVersion created = view(next);
        audit.record("NEW_VERSION", ENTITY, next.id(), key(next), null, auditView(created));
        return created;
    }

    /** Marks an approved version as used by an assessment cycle (frozen for good); using it again changes nothing. */
    @Transactional
    public void markInUse(String code, int version) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        AssessmentScheme scheme = find(code, version);
        if (scheme.state() == SchemeState.IN_USE) {
            return;
        }
        if (scheme.state() != SchemeState.APPROVED) {
            throw DomainException.conflict("state", "version " + version + " of scheme '" + code + "' is "
                    + scheme.state() + ": only an APPROVED version can be used by a cycle");
        }
        Map<String, Object> before = auditView(view(scheme));
        scheme.changeState(SchemeState.IN_USE);
        audit.record("MARK_IN_USE", ENTITY, scheme.id(), key(scheme), before, auditView(view(scheme)));
    }

    /**
     * Scores an input under a version in any state (a what-if for the office).
     *
     * @throws SchemeProblemsException if the version's definition has problems
     * @throws gongkai.scoring.InvalidScoringInputException if the input does not fit it
     */
    @Transactional
    public ScoreSheet preview(String code, int version, ScoringInput input) {
        AssessmentScheme scheme = readable(code, version);
        ScoringEngine engine;
        try {
            engine = ScoringEngine.of(scheme.definition());
        } catch (InvalidSchemeException e) {
            throw new SchemeProblemsException("version " + version + " of scheme '" + code + "' has "
                    + e.problems().size() + " problem(s): fix them to score with it", "definition", e.problems());
        }
        return engine.score(input);
    }

    static int checkYear(String field, int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid(field, field + " must lie between 2000 and 2100");
        }
        return year;
    }

    /** The office and assessors read drafts (docs: issue 3); units and panel members see only approved rules. */
    static boolean readsDrafts(Acting acting) {
        return acting.isSystem() || acting.caller().isPlatformAdmin()
                || acting.caller().is(Role.TENANT_ADMIN) || acting.caller().is(Role.ASSESSOR);
    }

    private AssessmentScheme readable(String code, int version) {
        AssessmentScheme scheme = find(code, version);
        if (scheme.state() == SchemeState.DRAFT && !readsDrafts(TenantContext.current())) {
            throw DomainException.notFound("version " + version + " of scheme " + code);
        }
        return scheme;
    }

    private AssessmentScheme draft(String code, int version, String what) {
        AssessmentScheme scheme = find(code, version);
        if (scheme.state() != SchemeState.DRAFT) {
            throw DomainException.conflict("state", "version " + version + " of scheme '" + code + "' is "
                    + scheme.state() + " and cannot be " + what + ": only a DRAFT changes; start a new version");
        }
        return scheme;
    }

    private AssessmentScheme find(String code, int version) {
        return byVersion(code, version)
                .orElseThrow(() -> DomainException.notFound("version " + version + " of scheme " + code));
    }

    private Optional<AssessmentScheme> byVersion(String code, int version) {
        return tenancy.entityManager()
                .createQuery("select s from AssessmentScheme s where s.code = :code and s.schemeVersion = :version",
                        AssessmentScheme.class)
                .setParameter("code", code).setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** All versions of a scheme, oldest first. */
    private List<AssessmentScheme> versions(String code) {
        EntityManager em = tenancy.entityManager();
        return em.createQuery("select s from AssessmentScheme s where s.code = :code order by s.schemeVersion",
                AssessmentScheme.class).setParameter("code", code).getResultList();
    }

    private static DomainException notFound(String code) {
        return DomainException.notFound("scheme " + code);
    }

    private static String key(AssessmentScheme scheme) {
        return scheme.code() + " v" + scheme.schemeVersion();
    }

    private static Map<String, Object> auditView(SchemeVersion version) {
        return SchemeAuditView.of(version.summary(), version.definition());
    }

    private SchemeVersion view(AssessmentScheme scheme) {
        SchemeDefinition definition = scheme.definition();
        List<SchemeProblem> problems = SchemeValidator.validate(definition);
        return new SchemeVersion(scheme.summary(), definition, problems);
    }
}
