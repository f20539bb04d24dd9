package gongkai.survey;

/** One unit's five-level answers counted per level, most satisfied first (满意 ... 不满意). */
public record UnitLevels(String unitCode, String unitName, long[] counts) {

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
