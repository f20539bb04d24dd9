package gongkai.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A jurisdiction's openness office (e.g. 金昌市政务公开领导小组办公室): the tenant. The registry of tenants is
 * global; everything a tenant owns is isolated by its id.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;
    private String code;
    @Column(name = "name_zh_hans")
    private String nameZhHans;
    @Column(name = "name_zh_hant")
    private String nameZhHant;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "unit_code_prefix")
    private String unitCodePrefix;
    private boolean active;
    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(UUID id, TenantDraft draft, UUID parentId) {
        this.id = id;
        this.code = draft.code();
        this.active = true;
        apply(draft, parentId);
    }

    void apply(TenantDraft draft, UUID parentId) {
        this.nameZhHans = draft.names().zhHans();
        this.nameZhHant = draft.names().zhHant();
        this.nameEn = draft.names().en();
        this.level = draft.level();
        this.parentId = parentId;
        this.timeZone = draft.timeZone().getId();
        this.unitCodePrefix = draft.unitCodePrefix();
    }

    /** The platform's own tenant: holds the platform administrators, has no parent, assesses nobody. */
    static Tenant platform(UUID id, String code) {
        Tenant platform = new Tenant();
        platform.id = id;
        platform.code = code;
        platform.nameZhHans = "公开平台";
        platform.nameZhHant = "公開平台";
        platform.nameEn = "Gongkai platform";
        platform.level = Level.PLATFORM;
        platform.timeZone = "Asia/Shanghai";
        platform.active = true;
        return platform;
    }

    void deactivate() {
        this.active = false;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Names names() {
        return new Names(nameZhHans, nameZhHant, nameEn);
    }

    public Level level() {
        return level;
    }

    public UUID parentId() {
        return parentId;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String unitCodePrefix() {
        return unitCodePrefix;
    }

    public boolean active() {
        return active;
    }

    /** What the audit log keeps of this tenant. */
    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("names", Map.of("zhHans", nameZhHans, "zhHant", String.valueOf(nameZhHant), "en", String.valueOf(nameEn)));
        view.put("level", level.name());
        view.put("parentId", parentId == null ? null : parentId.toString());
        view.put("timeZone", timeZone);
        view.put("unitCodePrefix", unitCodePrefix);
        view.put("active", active);
        return view;
    }
}
