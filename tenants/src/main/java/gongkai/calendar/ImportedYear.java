package gongkai.calendar;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An official holiday list a tenant imported for one year (next year's State Council notice), kept as the text it
 * sent and parsed again on use, so the text is the one source of that year's days.
 */
@Entity
@Table(name = "calendar_year")
public class ImportedYear extends TenantOwned {

    @Column(name = "year")
    private int forYear;
    @Column(name = "list")
    private String list;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Version
    private long version;

    protected ImportedYear() {
    }

    ImportedYear(int year, String list) {
        super(UUID.randomUUID());
        this.forYear = year;
        replace(list);
    }

    void replace(String list) {
        this.list = list;
        this.importedAt = Instant.now();
    }

    int year() {
        return forYear;
    }

    /** The year's days; the text was checked when it was imported. */
    List<SpecialDay> days() {
        return OfficialDays.parseYear(forYear, list);
    }

    Map<String, Object> auditView() {
        List<SpecialDay> days = days();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", forYear);
        view.put("holidays", days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
        view.put("workdays", days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count());
        view.put("list", list);
        return view;
    }
}
