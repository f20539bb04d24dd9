package gongkai.scheme;

import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a tenant's assessment scheme (考核方案). The definition is kept as JSON ({@link SchemeJson}) with
 * the scheme's own code and year written into it, so that an export carries them.
 */
@Entity
@Table(name = "assessment_scheme")
public class AssessmentScheme extends TenantOwned {

    private String code;
    private int year;
    @Column(name = "scheme_version")
    private int schemeVersion;
    @Enumerated(EnumType.STRING)
    private SchemeState state;
    @Column(name = "name_zh_hans")
    private String nameZhHans;
    @Column(name = "name_zh_hant")
    private String nameZhHant;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "based_on")
    private String basedOn;
    @Column(name = "definition", columnDefinition = "jsonb")
    private String definition;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected AssessmentScheme() {
    }

    AssessmentScheme(String code, int year, int schemeVersion, String basedOn, SchemeDefinition definition) {
        super(UUID.randomUUID());
        this.code = code;
        this.year = year;
        this.schemeVersion = schemeVersion;
        this.state = SchemeState.DRAFT;
        this.basedOn = basedOn;
        define(definition);
    }

    /** Replaces the definition; the caller has checked that this version is a draft. */
    void define(SchemeDefinition given) {
        SchemeDefinition own = withCodeAndYear(given, code, year);
        LocalizedText name = own.name();
        this.nameZhHans = name == null ? null : name.zhHans();
        this.nameZhHant = name == null ? null : name.zhHant();
        this.nameEn = name == null ? null : name.en();
        this.definition = SchemeJson.write(own);
        this.updatedAt = Instant.now();
    }

    void changeState(SchemeState next) {
        this.state = next;
        this.updatedAt = Instant.now();
    }

    String code() {
        return code;
    }

    int year() {
        return year;
    }

    int schemeVersion() {
        return schemeVersion;
    }

    SchemeState state() {
        return state;
    }

    SchemeDefinition definition() {
        return SchemeJson.read(definition);
    }

    SchemeSummary summary() {
        LocalizedText name = nameZhHans == null && nameZhHant == null && nameEn == null ? null
                : new LocalizedText(nameZhHans, nameZhHant, nameEn);
        return new SchemeSummary(id, code, year, schemeVersion, state, name, basedOn, updatedAt);
    }

    /** The definition as this scheme stores it: its code and year are the scheme's, whatever the source said. */
    static SchemeDefinition withCodeAndYear(SchemeDefinition d, String code, int year) {
        return new SchemeDefinition(code, d.name(), year, d.description(), d.components(), d.combination(),
                d.bonusRules(), d.bonusCap(), d.deductionRules(), d.deductionCap(), d.totalCap(), d.tieBreak(),
                d.vetoRules(), d.gradeBands(), d.gradeConditions(), d.performanceWeight());
    }
}
