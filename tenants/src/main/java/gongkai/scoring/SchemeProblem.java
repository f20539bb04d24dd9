package gongkai.scoring;

/**
 * One thing wrong with a scheme definition.
 *
 * @param path    where, e.g. {@code components[0].indicators[2].children[0].maxPoints}
 * @param message what is wrong, in words an office administrator understands
 */
public record SchemeProblem(String path, String message) {}
