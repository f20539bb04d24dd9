package gongkai.unit;

import gongkai.tenancy.Names;
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

/** 被考核单位: a department, lower-level government, town office or unit assessed by reference. */
@Entity
@Table(name = "assessed_unit")
public class AssessedUnit extends TenantOwned {

    private String code;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    @Column(name = "name_zh_hans")
    private String nameZhHans;
    @Column(name = "name_zh_hant")
    private String nameZhHant;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "linked_tenant_id")
    private UUID linkedTenantId;
    private boolean active;
    @Version
    private long version;

    protected AssessedUnit() {
    }

    AssessedUnit(UnitDraft draft, UUID linkedTenantId) {
        super(UUID.randomUUID());
        this.code = draft.code();
        this.active = true;
        apply(draft, linkedTenantId);
    }

    void apply(UnitDraft draft, UUID linkedTenantId) {
        this.code = draft.code();
        this.kind = draft.kind();
        this.nameZhHans = draft.names().zhHans();
        this.nameZhHant = draft.names().zhHant();
        this.nameEn = draft.names().en();
        this.linkedTenantId = linkedTenantId;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public String code() {
        return code;
    }

    public boolean active() {
        return active;
    }

    Unit view(String linkedTenantCode) {
        return new Unit(id, code, kind, new Names(nameZhHans, nameZhHant, nameEn), linkedTenantCode, active);
    }

    UUID linkedTenantId() {
        return linkedTenantId;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("kind", kind.name());
        view.put("nameZhHans", nameZhHans);
        view.put("nameZhHant", nameZhHant);
        view.put("nameEn", nameEn);
        view.put("linkedTenantId", linkedTenantId == null ? null : linkedTenantId.toString());
        view.put("active", active);
        return view;
    }
}
