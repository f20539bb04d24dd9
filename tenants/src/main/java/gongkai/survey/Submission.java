package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.error.Check;

import java.time.Instant;
import java.util.Map;

/**
 * One public response: the unit it is about, answers by question code (an option code, a list of option codes,
 * a 0-10 number or a text), when the respondent opened the form (optional; for the quality checks), and the
 * one-time access code printed for on-site distribution (optional unless the campaign requires one).
 */
public record Submission(String unitCode, Map<String, JsonNode> answers, Instant startedAt, String accessCode) {

    public Submission {
        unitCode = Check.unitCode("unitCode", unitCode);
        answers = answers == null ? Map.of() : answers;
        accessCode = AccessCodes.normalise(accessCode);
    }

    public Submission(String unitCode, Map<String, JsonNode> answers, Instant startedAt) {
        this(unitCode, answers, startedAt, null);
    }
}
