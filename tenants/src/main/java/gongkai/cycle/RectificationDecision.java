package gongkai.cycle;

/** The office's reason for accepting (optional) or sending back (required) a rectification report. */
public record RectificationDecision(String reason) {
}
