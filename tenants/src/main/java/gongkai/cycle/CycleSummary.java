package gongkai.cycle;

/** One cycle in a list. */
public record CycleSummary(String code, String schemeCode, int schemeVersion, String period, CycleState state) {
}
