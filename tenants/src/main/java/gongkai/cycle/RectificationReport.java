package gongkai.cycle;

import java.util.List;

/** The unit's rectification report: what was done, and the ids of evidence files uploaded for it. */
public record RectificationReport(String report, List<String> evidence) {
}
