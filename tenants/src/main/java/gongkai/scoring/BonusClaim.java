package gongkai.scoring;

/** {@code count} occurrences of the bonus rule {@code code}. */
public record BonusClaim(String code, int count) {}
