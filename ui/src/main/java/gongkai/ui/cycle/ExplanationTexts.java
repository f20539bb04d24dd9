package gongkai.ui.cycle;

import gongkai.scoring.ExplanationLine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The engine's explanation in the user's language: each line's message key and arguments through the bundles
 * ({@code explanation.*}), grades by their translated names. The engine's English text stays the API's form; it is
 * shown only for a line stored before lines carried keys.
 */
public final class ExplanationTexts {

    /** Which arguments of a message are grades (Grade names), to be shown by their translated names. */
    private static final Map<String, Set<Integer>> GRADE_ARGUMENTS = Map.of(
            "grade", Set.of(2),
            "veto.stays", Set.of(1, 2), "veto.changes", Set.of(1, 2),
            "veto.stays.described", Set.of(1, 2), "veto.changes.described", Set.of(1, 2),
            "condition.stays", Set.of(4, 5), "condition.changes", Set.of(4, 5));

    /** Engine-made codes (not a scheme's rule codes) that mean nothing to a reader: not shown. */
    private static final Set<String> INTERNAL_CODES = Set.of("uncappedTotal", "totalCap", "bonusCap", "deductionCap",
            "performanceWeight");

    private ExplanationTexts() {
    }

    /** The line's account; {@code t} translates a key with arguments (a component's getTranslation). */
    public static String text(ExplanationLine line, BiFunction<String, Object[], String> t) {
        if (line.key() == null) {
            return line.text();
        }
        List<String> args = line.args();
        Set<Integer> grades = GRADE_ARGUMENTS.getOrDefault(line.key(), Set.of());
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = grades.contains(i) && !args.get(i).isEmpty()
                    ? t.apply("cycle.grade." + args.get(i), new Object[0]) : args.get(i);
        }
        return t.apply("explanation." + line.key(), shown).strip();
    }

    /** The line's code as a reader should see it: a grade by its name, engine-made codes not at all. */
    public static String code(ExplanationLine line, BiFunction<String, Object[], String> t) {
        // a combination's code is the engine's name of its arithmetic (PLAIN_SUM, WEIGHTED_SUM): the text says it
        if (line.code() == null || INTERNAL_CODES.contains(line.code())
                || line.kind() == ExplanationLine.Kind.COMBINATION) {
            return "";
        }
        if (line.kind() == ExplanationLine.Kind.GRADE) {
            return t.apply("cycle.grade." + line.code(), new Object[0]);
        }
        return line.code();
    }
}
