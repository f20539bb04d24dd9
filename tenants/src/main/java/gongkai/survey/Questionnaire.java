package gongkai.survey;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** 评议问卷: one version of a tenant's questionnaire. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends TenantOwned {

    private String code;
    @Column(name = "questionnaire_version")
    private int questionnaireVersion;
    @Enumerated(EnumType.STRING)
    private QuestionnaireState state;
    @Column(columnDefinition = "jsonb")
    private String definition;
    @Version
    private long version;

    protected Questionnaire() {
    }

    Questionnaire(String code, int questionnaireVersion, QuestionnaireDefinition definition) {
        super(UUID.randomUUID());
        this.code = code;
        this.questionnaireVersion = questionnaireVersion;
        this.state = QuestionnaireState.DRAFT;
        this.definition = QuestionnaireJson.write(definition);
    }

    void define(QuestionnaireDefinition definition) {
        this.definition = QuestionnaireJson.write(definition);
    }

    void publish() {
        this.state = QuestionnaireState.PUBLISHED;
    }

    String code() {
        return code;
    }

    int questionnaireVersion() {
        return questionnaireVersion;
    }

    QuestionnaireState state() {
        return state;
    }

    QuestionnaireDefinition definition() {
        return QuestionnaireJson.read(definition);
    }

    QuestionnaireVersion view() {
        return new QuestionnaireVersion(id, code, questionnaireVersion, state, definition());
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("version", questionnaireVersion);
        view.put("state", state.name());
        view.put("definition", definition);
        return view;
    }
}
