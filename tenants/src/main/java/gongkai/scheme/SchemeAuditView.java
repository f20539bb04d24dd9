package gongkai.scheme;

import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.GradeBand;
import gongkai.scoring.GradeCondition;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.VetoRule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the audit log keeps of a scheme version: its identity and state, and a summary of its rules (codes, counts,
 * bands, caps) with a digest of the whole definition, so that any change shows without copying a large
 * indicator tree into every audit event.
 */
final class SchemeAuditView {

    private SchemeAuditView() {
    }

    static Map<String, Object> of(SchemeSummary summary, SchemeDefinition definition) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", summary.code());
        view.put("year", summary.year());
        view.put("version", summary.version());
        view.put("state", summary.state().name());
        view.put("basedOn", summary.basedOn());
        view.put("nameZhHans", summary.name() == null ? null : summary.name().zhHans());
        view.put("components", codes(definition.components(), Component::code));
        view.put("indicators", indicatorCount(definition));
        view.put("gradeBands", codes(definition.gradeBands(), b -> b.grade() + " " + rangeOf(b)));
        view.put("bonusRules", codes(definition.bonusRules(), BonusRule::code));
        view.put("deductionRules", codes(definition.deductionRules(), DeductionRule::code));
        view.put("vetoRules", codes(definition.vetoRules(), VetoRule::code));
        view.put("gradeConditions", codes(definition.gradeConditions(), GradeCondition::code));
        view.put("totalCap", definition.totalCap());
        view.put("performanceWeight", definition.performanceWeight());
        view.put("definitionSha256", sha256(SchemeJson.write(definition)));
        return view;
    }

    private static <T> List<String> codes(List<T> items, Function<T, String> code) {
        return items.stream().filter(Objects::nonNull).map(code).map(String::valueOf).toList();
    }

    private static String rangeOf(GradeBand band) {
        try {
            return band.range();
        } catch (RuntimeException incomplete) { // a draft's band may lack a bound
            return "(incomplete)";
        }
    }

    private static int indicatorCount(SchemeDefinition definition) {
        int count = 0;
        for (Component component : definition.components()) {
            if (component != null) {
                count += count(component.indicators());
                if (component.periodScheme() != null) {
                    count += count(component.periodScheme().items());
                }
            }
        }
        return count;
    }

    private static int count(List<Indicator> indicators) {
        int count = 0;
        for (Indicator indicator : indicators) {
            if (indicator != null) {
                count += 1 + count(indicator.children());
            }
        }
        return count;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
