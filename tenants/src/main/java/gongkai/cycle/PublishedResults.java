package gongkai.cycle;

import gongkai.scoring.Grade;
import gongkai.tenancy.Names;
import java.time.Instant;
import java.util.List;

/** A tenant's public results page: each PUBLISHED (or since CLOSED) cycle's units, totals and grades. */
public record PublishedResults(String tenantCode, List<Cycle> cycles) {

    public record Cycle(String code, String period, Instant publishedAt, List<Unit> units) {
    }

    public record Unit(String unitCode, Names names, String total, Grade grade, String gradeLabel) {
    }
}
