package gongkai.cycle;

import com.fasterxml.jackson.core.type.TypeReference;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored weekly check (周检查) of one unit: the items of its task list below standard that week. */
@Entity
@Table(name = "routine_check")
public class RoutineCheckRecord extends TenantOwned {

    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
    };

    @Column(name = "unit_id")
    private UUID unitId;
    private String week;
    @Column(name = "items_below_standard", columnDefinition = "jsonb")
    private String itemsBelowStandard;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Version
    private long version;

    protected RoutineCheckRecord() {
    }

    RoutineCheckRecord(UUID unitId, String week) {
        super(UUID.randomUUID());
        this.unitId = unitId;
        this.week = week;
        this.itemsBelowStandard = "[]";
    }

    void record(List<String> below, String by, Instant at) {
        this.itemsBelowStandard = CycleJson.write(below);
        this.checkedBy = by;
        this.checkedAt = at;
    }

    UUID unitId() {
        return unitId;
    }

    String week() {
        return week;
    }

    List<String> itemsBelowStandard() {
        return CycleJson.read(itemsBelowStandard, ITEMS);
    }

    RoutineAssessment.WeeklyCheck<UUID> value() {
        return new RoutineAssessment.WeeklyCheck<>(unitId, week, itemsBelowStandard());
    }
}
