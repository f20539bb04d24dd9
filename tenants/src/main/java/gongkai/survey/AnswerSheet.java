package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.error.DomainException;
import gongkai.survey.results.ScoringModel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One respondent's answers checked against a questionnaire: the normalised answers to store and the scored ones
 * as the aggregation core reads them. A refusal names the question ({@code answers.timeliness}).
 */
public record AnswerSheet(ObjectNode answers, int[] scored) {

    private static final int MAX_TEXT = 2000;

    public static AnswerSheet check(QuestionnaireDefinition definition, Map<String, JsonNode> given) {
        Map<String, JsonNode> input = given == null ? Map.of() : given;
        ObjectNode stored = QuestionnaireJson.MAPPER.createObjectNode();
        List<Question> questions = definition.questions();
        Set<String> known = new HashSet<>();
        for (Question q : questions) {
            known.add(q.code());
        }
        for (String code : input.keySet()) {
            if (!known.contains(code)) {
                throw DomainException.invalid("answers." + code, "the questionnaire has no question '" + code + "'");
            }
        }
        List<Question> scoredQuestions = definition.scoredQuestions();
        int[] scored = new int[scoredQuestions.size()];
        int s = 0;
        for (Question q : questions) {
            String field = "answers." + q.code();
            // A question hidden by its condition is not asked: its answer (if any) is dropped, never required.
            boolean shown = q.showIf() == null || q.showIf().metBy(stored.get(q.showIf().question()));
            JsonNode a = shown ? input.get(q.code()) : null;
            boolean blank = a == null || a.isNull() || (a.isTextual() && a.asText().isBlank())
                    || (a.isArray() && a.isEmpty()) || (a.isObject() && a.isEmpty());
            if (blank) {
                if (q.required() && shown) {
                    throw DomainException.invalid(field, "question '" + q.code() + "' must be answered");
                }
                if (q.type().scored()) {
                    scored[s++] = ScoringModel.UNANSWERED;
                }
                continue;
            }
            switch (q.type()) {
                case SATISFACTION -> {
                    int index = optionIndex(q, a, field);
                    stored.put(q.code(), q.options().get(index).code());
                    scored[s++] = index;
                }
                case RATING -> {
                    if (!a.isInt() || a.asInt() < 0 || a.asInt() > 10) {
                        throw DomainException.invalid(field, "question '" + q.code() + "' takes a whole number from 0 to 10");
                    }
                    stored.put(q.code(), a.asInt());
                    scored[s++] = a.asInt();
                }
                case SINGLE_CHOICE -> stored.put(q.code(), q.options().get(optionIndex(q, a, field)).code());
                case MULTIPLE_CHOICE -> {
                    if (!a.isArray()) {
                        throw DomainException.invalid(field, "question '" + q.code() + "' takes a list of option codes");
                    }
                    ArrayNode chosen = stored.putArray(q.code());
                    Set<String> seen = new HashSet<>();
                    for (JsonNode item : a) {
                        String code = q.options().get(optionIndex(q, item, field)).code();
                        if (seen.add(code)) {
                            chosen.add(code);
                        }
                    }
                }
                case MATRIX -> {
                    if (!a.isObject()) {
                        throw DomainException.invalid(field, "question '" + q.code() + "' takes an object of row code to option code");
                    }
                    ObjectNode rows = stored.putObject(q.code());
                    a.fieldNames().forEachRemaining(row -> {
                        if (q.rows().stream().noneMatch(r -> r.code().equals(row))) {
                            throw DomainException.invalid(field + "." + row, "question '" + q.code() + "' has no row '" + row + "'");
                        }
                    });
                    for (Choice row : q.rows()) {
                        JsonNode cell = a.get(row.code());
                        if (cell == null || cell.isNull()) {
                            if (q.required()) {
                                throw DomainException.invalid(field + "." + row.code(), "question '" + q.code()
                                        + "' must be answered for every row");
                            }
                            continue;
                        }
                        rows.put(row.code(), q.options().get(optionIndex(q, cell, field + "." + row.code())).code());
                    }
                }
                case TEXT -> {
                    if (!a.isTextual() || a.asText().strip().length() > MAX_TEXT) {
                        throw DomainException.invalid(field, "question '" + q.code() + "' takes a text of at most "
                                + MAX_TEXT + " characters");
                    }
                    stored.put(q.code(), a.asText().strip());
                }
            }
        }
        return new AnswerSheet(stored, scored);
    }

    private static int optionIndex(Question q, JsonNode a, String field) {
        if (a.isTextual()) {
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).code().equals(a.asText())) {
                    return i;
                }
            }
        }
        throw DomainException.invalid(field, "question '" + q.code() + "' takes one of "
                + q.options().stream().map(Choice::code).toList());
    }
}
