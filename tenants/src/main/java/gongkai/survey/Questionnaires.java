package gongkai.survey;

import gongkai.audit.AuditLog;
import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acting tenant's questionnaires (issue 5), versioned: a DRAFT changes, a PUBLISHED version is frozen. A
 * campaign publishes the version it uses, so a version in use by a campaign (open or not) never changes; a new
 * version is the way to change questions.
 */
@ApplicationScoped
public class Questionnaires {

    private static final String ENTITY = "questionnaire";

    @Inject
    Tenancy tenancy;

    @Inject
    AuditLog audit;

    @Transactional
    public List<QuestionnaireVersion> list() {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        return tenancy.entityManager().createQuery(
                        "select q from Questionnaire q order by q.code, q.questionnaireVersion", Questionnaire.class)
                .getResultList().stream().map(Questionnaire::view).toList();
    }

    @Transactional
    public QuestionnaireVersion get(String code, int version) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        return find(code, version).view();
    }

    /** Version 1 of a new questionnaire, as a draft: the built-in default or an imported definition. */
    @Transactional
    public QuestionnaireVersion create(NewQuestionnaire request) {
        Check.present("body", request);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        if (!versions(request.code()).isEmpty()) {
            throw DomainException.conflict("code", "a questionnaire with code '" + request.code() + "' already exists");
        }
        QuestionnaireDefinition definition = request.definition() == null
                ? DefaultQuestionnaire.definition() : request.definition().checked();
        Questionnaire created = new Questionnaire(request.code(), 1, definition);
        tenancy.entityManager().persist(created);
        audit.record("CREATE", ENTITY, created.id(), key(created), null, created.auditView());
        return created.view();
    }

    /** Replaces a draft's definition; a published version (one a campaign uses) is refused. */
    @Transactional
    public QuestionnaireVersion update(String code, int version, QuestionnaireDefinition definition) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        QuestionnaireDefinition checked = Check.present("definition", definition).checked();
        Questionnaire questionnaire = find(code, version);
        if (questionnaire.state() != QuestionnaireState.DRAFT) {
            throw DomainException.conflict("state", "version " + version + " of questionnaire '" + code
                    + "' is published (a campaign uses it) and cannot change: start a new version");
        }
        Map<String, Object> before = questionnaire.auditView();
        questionnaire.define(checked);
        audit.record("UPDATE", ENTITY, questionnaire.id(), key(questionnaire), before, questionnaire.auditView());
        return questionnaire.view();
    }

    /** The next version as a draft copy of the latest; refused while the latest is a draft. */
    @Transactional
    public QuestionnaireVersion newVersion(String code) {
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Questionnaire latest = latest(code).orElseThrow(() -> DomainException.notFound("questionnaire " + code));
        if (latest.state() == QuestionnaireState.DRAFT) {
            throw DomainException.conflict("state", "version " + latest.questionnaireVersion()
                    + " is still a draft: change it instead");
        }
        Questionnaire next = new Questionnaire(code, latest.questionnaireVersion() + 1, latest.definition());
        tenancy.entityManager().persist(next);
        audit.record("NEW_VERSION", ENTITY, next.id(), key(next), null, next.auditView());
        return next.view();
    }

    /** The version a new campaign uses (published now if it was a draft); the default questionnaire is created if missing. */
    Questionnaire forCampaign(String code, Integer version) {
        if (code == null) {
            if (latest(DefaultQuestionnaire.CODE).isEmpty()) {
                create(new NewQuestionnaire(DefaultQuestionnaire.CODE, null));
            }
            code = DefaultQuestionnaire.CODE;
        }
        String chosen = code;
        Questionnaire questionnaire = version == null
                ? latest(code).orElseThrow(() -> DomainException.invalid("questionnaireCode",
                "no questionnaire '" + chosen + "'"))
                : byVersion(code, version).orElseThrow(() -> DomainException.invalid("questionnaireVersion",
                "no version " + version + " of questionnaire '" + chosen + "'"));
        if (questionnaire.state() == QuestionnaireState.DRAFT) {
            Map<String, Object> before = questionnaire.auditView();
            questionnaire.publish();
            audit.record("PUBLISH", ENTITY, questionnaire.id(), key(questionnaire), before, questionnaire.auditView());
        }
        return questionnaire;
    }

    private Questionnaire find(String code, int version) {
        return byVersion(code, version).orElseThrow(() ->
                DomainException.notFound("version " + version + " of questionnaire " + code));
    }

    private Optional<Questionnaire> byVersion(String code, int version) {
        return versions(code).stream().filter(q -> q.questionnaireVersion() == version).findFirst();
    }

    private Optional<Questionnaire> latest(String code) {
        return versions(code).stream().reduce((older, newer) -> newer);
    }

    private List<Questionnaire> versions(String code) {
        return tenancy.entityManager().createQuery("select q from Questionnaire q where q.code = :code"
                        + " order by q.questionnaireVersion", Questionnaire.class)
                .setParameter("code", code).getResultList();
    }

    private static String key(Questionnaire q) {
        return q.code() + " v" + q.questionnaireVersion();
    }
}
