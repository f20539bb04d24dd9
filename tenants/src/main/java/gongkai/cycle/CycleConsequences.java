package gongkai.cycle;

import java.util.List;

/** A cycle's public commendation (通报表彰, grade EXCELLENT) and criticism (通报批评, grade FAIL) lists, by unit code. */
public record CycleConsequences(String cycleCode, List<String> commendations, List<String> criticisms) {
}
