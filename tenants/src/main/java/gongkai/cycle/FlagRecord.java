package gongkai.cycle;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A stored {@link AccountabilityFlag} and whether the office has opened the accountability case it calls for. */
@Entity
@Table(name = "accountability_flag")
public class FlagRecord extends TenantOwned {

    @Column(name = "unit_id")
    private UUID unitId;
    @Enumerated(EnumType.STRING)
    private AccountabilityFlag.Kind kind;
    private String basis;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "raised_by")
    private String raisedBy;
    @Column(name = "case_reference")
    private String caseReference;
    @Column(name = "case_opened_at")
    private Instant caseOpenedAt;
    @Column(name = "case_opened_by")
    private String caseOpenedBy;
    @Version
    private long version;

    protected FlagRecord() {
    }

    FlagRecord(UUID unitId, AccountabilityFlag.Kind kind, String basis, Instant raisedAt, String raisedBy) {
        super(UUID.randomUUID());
        this.unitId = unitId;
        this.kind = kind;
        this.basis = basis;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
    }

    UUID unitId() {
        return unitId;
    }

    boolean caseOpened() {
        return caseOpenedAt != null;
    }

    void openCase(String reference, Instant at, String by) {
        this.caseReference = reference;
        this.caseOpenedAt = at;
        this.caseOpenedBy = by;
    }

    FlagView view(String unitCode) {
        return new FlagView(id, unitCode, kind, basis, raisedAt, raisedBy, caseOpenedAt != null, caseReference,
                caseOpenedAt, caseOpenedBy);
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", kind.name());
        view.put("basis", basis);
        view.put("caseReference", caseReference);
        view.put("caseOpenedAt", caseOpenedAt == null ? null : caseOpenedAt.toString());
        return view;
    }
}
