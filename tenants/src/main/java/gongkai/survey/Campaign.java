package gongkai.survey;

import gongkai.survey.results.EvaluationMode;
import gongkai.survey.results.ResultRules;
import gongkai.tenancy.Names;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** 评议活动: a set of units evaluated with one questionnaire version between an opening and a closing. */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantOwned {

    private String code;
    private String slug;
    @Column(name = "name_zh_hans")
    private String nameZhHans;
    @Column(name = "name_zh_hant")
    private String nameZhHant;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "questionnaire_id")
    private UUID questionnaireId;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    private String modes;
    @Column(name = "public_weight")
    private int publicWeight = 100;
    @Column(name = "panel_weight")
    private int panelWeight;
    @Column(name = "level_basis")
    private String levelBasis = CampaignRules.DEFAULT.levelBasis().name();
    @Column(name = "satisfied_from")
    private BigDecimal satisfiedFrom = CampaignRules.DEFAULT.satisfiedFrom();
    @Column(name = "basically_satisfied_from")
    private BigDecimal basicallySatisfiedFrom = CampaignRules.DEFAULT.basicallySatisfiedFrom();
    @Column(name = "minimum_public_responses")
    private int minimumPublicResponses = CampaignRules.DEFAULT.minimumPublicResponses();
    @Column(name = "minimum_panel_responses")
    private int minimumPanelResponses = CampaignRules.DEFAULT.minimumPanelResponses();
    @Column(name = "requires_access_code")
    private boolean requiresAccessCode;
    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String code, String slug, Names names, UUID questionnaireId, Instant opensAt, Instant closesAt,
             List<EvaluationMode> modes, boolean requiresAccessCode) {
        super(UUID.randomUUID());
        this.code = code;
        this.slug = slug;
        this.nameZhHans = names.zhHans();
        this.nameZhHant = names.zhHant();
        this.nameEn = names.en();
        this.questionnaireId = questionnaireId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.modes = modes.stream().map(Enum::name).collect(Collectors.joining(","));
        this.requiresAccessCode = requiresAccessCode;
    }

    /** Whether a public response needs a one-time access code (on-site distribution). */
    public boolean requiresAccessCode() {
        return requiresAccessCode;
    }

    void requireAccessCode(boolean required) {
        this.requiresAccessCode = required;
    }

    public CampaignStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return CampaignStatus.SCHEDULED;
        }
        return now.isBefore(closesAt) ? CampaignStatus.OPEN : CampaignStatus.CLOSED;
    }

    /** Whether the public may answer now (open, and public evaluation is one of its modes). */
    boolean acceptsPublicAt(Instant now) {
        return statusAt(now) == CampaignStatus.OPEN && modes().contains(EvaluationMode.PUBLIC);
    }

    public String code() {
        return code;
    }

    public String slug() {
        return slug;
    }

    Names names() {
        return new Names(nameZhHans, nameZhHant, nameEn);
    }

    UUID questionnaireId() {
        return questionnaireId;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    List<EvaluationMode> modes() {
        return Arrays.stream(modes.split(",")).map(EvaluationMode::valueOf).toList();
    }

    /** How its responses become results. */
    public CampaignRules rules() {
        return new CampaignRules(publicWeight, panelWeight, ResultRules.LevelBasis.valueOf(levelBasis), satisfiedFrom,
                basicallySatisfiedFrom, minimumPublicResponses, minimumPanelResponses);
    }

    void changeRules(CampaignRules rules) {
        publicWeight = rules.publicWeight();
        panelWeight = rules.panelWeight();
        levelBasis = rules.levelBasis().name();
        satisfiedFrom = rules.satisfiedFrom();
        basicallySatisfiedFrom = rules.basicallySatisfiedFrom();
        minimumPublicResponses = rules.minimumPublicResponses();
        minimumPanelResponses = rules.minimumPanelResponses();
    }

    Map<String, Object> rulesView() {
        CampaignRules r = rules();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("publicWeight", r.publicWeight());
        view.put("panelWeight", r.panelWeight());
        view.put("levelBasis", r.levelBasis().name());
        view.put("satisfiedFrom", r.satisfiedFrom().toPlainString());
        view.put("basicallySatisfiedFrom", r.basicallySatisfiedFrom().toPlainString());
        view.put("minimumPublicResponses", r.minimumPublicResponses());
        view.put("minimumPanelResponses", r.minimumPanelResponses());
        return view;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("slug", slug);
        view.put("nameZhHans", nameZhHans);
        view.put("questionnaireId", questionnaireId.toString());
        view.put("opensAt", opensAt.toString());
        view.put("closesAt", closesAt.toString());
        view.put("modes", modes);
        view.put("requiresAccessCode", requiresAccessCode);
        return view;
    }
}
