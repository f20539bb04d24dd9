package gongkai.cycle;

import com.fasterxml.jackson.core.type.TypeReference;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;

/** A unit's task list (任务分解, Weibin 2020 Art. 9): the items its weekly checks are made against. */
@Entity
@Table(name = "routine_task_list")
public class RoutineTaskList extends TenantOwned {

    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
    };

    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "items", columnDefinition = "jsonb")
    private String items;
    @Version
    private long version;

    protected RoutineTaskList() {
    }

    RoutineTaskList(UUID unitId, List<String> items) {
        super(UUID.randomUUID());
        this.unitId = unitId;
        replace(items);
    }

    UUID unitId() {
        return unitId;
    }

    List<String> items() {
        return CycleJson.read(items, ITEMS);
    }

    void replace(List<String> given) {
        this.items = CycleJson.write(given);
    }
}
