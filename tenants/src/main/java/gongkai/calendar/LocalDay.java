package gongkai.calendar;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A tenant's own day off or extra working day, as stored; one per date. */
@Entity
@Table(name = "calendar_day")
public class LocalDay extends TenantOwned {

    @Column(name = "day")
    private LocalDate onDate;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String name;
    @Version
    private long version;

    protected LocalDay() {
    }

    LocalDay(SpecialDay day) {
        super(UUID.randomUUID());
        apply(day);
    }

    void apply(SpecialDay day) {
        this.onDate = day.date();
        this.kind = day.kind();
        this.name = day.name();
    }

    SpecialDay specialDay() {
        return new SpecialDay(onDate, kind, name);
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", onDate.toString());
        view.put("kind", kind.name());
        view.put("name", name);
        return view;
    }
}
