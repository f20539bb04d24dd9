package gongkai.cycle;

import gongkai.error.Check;
import gongkai.error.DomainException;
import java.util.List;

/**
 * A cycle to create: an approved scheme version applied to units for a period.
 *
 * @param period    e.g. "2026", "2026-Q1", "2026-03"
 * @param unitCodes the units assessed, at least one
 * @param rules     the procedural rules; null (or null components) take the defaults
 */
public record NewCycle(String code, String schemeCode, Integer schemeVersion, String period, List<String> unitCodes,
                       CycleRules rules) {

    public NewCycle {
        code = Check.code("code", code);
        schemeCode = Check.code("schemeCode", schemeCode);
        Check.present("schemeVersion", schemeVersion);
        period = Check.required("period", period, 32);
        if (unitCodes == null || unitCodes.isEmpty()) {
            throw DomainException.invalid("unitCodes", "unitCodes: at least one unit is required");
        }
        for (int i = 0; i < unitCodes.size(); i++) {
            Check.unitCode("unitCodes[" + i + "]", unitCodes.get(i));
        }
        if (unitCodes.stream().distinct().count() != unitCodes.size()) {
            throw DomainException.invalid("unitCodes", "unitCodes lists a unit twice");
        }
        unitCodes = List.copyOf(unitCodes);
        rules = rules == null ? CycleRules.defaults() : rules;
    }
}
