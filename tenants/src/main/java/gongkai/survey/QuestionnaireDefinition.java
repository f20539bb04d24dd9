package gongkai.survey;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.survey.results.QuestionCode;
import gongkai.survey.results.RatingQuestion;
import gongkai.survey.results.SatisfactionScale;
import gongkai.survey.results.ScaleOption;
import gongkai.survey.results.ScaleQuestion;
import gongkai.survey.results.ScoredQuestion;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire version's content: its title, an introduction and sections of questions. This record is also
 * the JSON that import and export exchange ({@link QuestionnaireJson}).
 */
public record QuestionnaireDefinition(Wording title, Wording introduction, List<QuestionSection> sections) {

    private static final int MAX_TEXT = 2000;

    public QuestionnaireDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * Checks the whole definition and returns it with texts trimmed; each refusal names its field
     * ({@code definition.sections[1].questions[0].options}).
     */
    public QuestionnaireDefinition checked() {
        String at = "definition";
        Wording checkedTitle = Check.present(at + ".title", title).checked(at + ".title", 200);
        Wording checkedIntro = introduction == null ? null : introduction.checked(at + ".introduction", MAX_TEXT);
        if (sections.isEmpty()) {
            throw DomainException.invalid(at + ".sections", "a questionnaire needs at least one section");
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        java.util.Map<String, Question> earlier = new java.util.HashMap<>();
        int scored = 0;
        List<QuestionSection> checkedSections = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            String sf = at + ".sections[" + s + "]";
            QuestionSection section = Check.present(sf, sections.get(s));
            String code = Check.code(sf + ".code", section.code());
            if (!sectionCodes.add(code)) {
                throw DomainException.invalid(sf + ".code", "section code '" + code + "' is used twice");
            }
            positive(sf + ".weight", section.weight());
            if (section.questions().isEmpty()) {
                throw DomainException.invalid(sf + ".questions", "a section needs at least one question");
            }
            List<Question> checkedQuestions = new ArrayList<>();
            for (int q = 0; q < section.questions().size(); q++) {
                String qf = sf + ".questions[" + q + "]";
                Question question = checkQuestion(qf, Check.present(qf, section.questions().get(q)), earlier);
                if (!questionCodes.add(question.code())) {
                    throw DomainException.invalid(qf + ".code", "question code '" + question.code() + "' is used twice");
                }
                earlier.put(question.code(), question);
                if (question.type().scored()) {
                    scored++;
                }
                checkedQuestions.add(question);
            }
            checkedSections.add(new QuestionSection(code, Check.present(sf + ".title", section.title())
                    .checked(sf + ".title", 200), section.weight(), checkedQuestions));
        }
        if (scored > ScoringModel.MAX_QUESTIONS) {
            throw DomainException.invalid(at + ".sections", "at most " + ScoringModel.MAX_QUESTIONS
                    + " satisfaction and rating questions");
        }
        if (scored == 0) {
            throw DomainException.invalid(at + ".sections", "a questionnaire needs at least one satisfaction or rating question");
        }
        return new QuestionnaireDefinition(checkedTitle, checkedIntro, checkedSections);
    }

    private static Question checkQuestion(String qf, Question question, java.util.Map<String, Question> earlier) {
        String code = Check.code(qf + ".code", question.code());
        QuestionType type = Check.present(qf + ".type", question.type());
        Wording text = Check.present(qf + ".text", question.text()).checked(qf + ".text", MAX_TEXT);
        Wording help = question.help() == null ? null : question.help().checked(qf + ".help", MAX_TEXT);
        positive(qf + ".weight", question.weight());
        List<Choice> options = question.options();
        switch (type) {
            case SATISFACTION -> {
                if (options.size() != 5) {
                    throw DomainException.invalid(qf + ".options", "a satisfaction question has five options, most satisfied first");
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (options.size() < 2) {
                    throw DomainException.invalid(qf + ".options", "a choice question needs at least two options");
                }
            }
            case MATRIX -> {
                if (options.size() < 2) {
                    throw DomainException.invalid(qf + ".options", "a matrix question needs a scale of at least two options");
                }
                if (question.rows().isEmpty()) {
                    throw DomainException.invalid(qf + ".rows", "a matrix question needs at least one row");
                }
            }
            case RATING, TEXT -> {
                if (!options.isEmpty()) {
                    throw DomainException.invalid(qf + ".options", "a " + type + " question has no options");
                }
            }
        }
        Set<String> optionCodes = new LinkedHashSet<>();
        List<Choice> checkedOptions = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            String of = qf + ".options[" + o + "]";
            Choice option = Check.present(of, options.get(o));
            String optionCode = Check.required(of + ".code", option.code(), 64);
            if (!optionCodes.add(optionCode)) {
                throw DomainException.invalid(of + ".code", "option code '" + optionCode + "' is used twice");
            }
            BigDecimal points = option.points();
            if (type == QuestionType.SATISFACTION || (type == QuestionType.MATRIX && points != null)) {
                if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0
                        || points.scale() > 2) {
                    throw DomainException.invalid(of + ".points", "points from 0 to 100, at most two decimals");
                }
            } else if (points != null || (option.satisfied() != null && type != QuestionType.MATRIX)) {
                throw DomainException.invalid(of + ".points", "only satisfaction options earn points");
            }
            checkedOptions.add(new Choice(optionCode, Check.present(of + ".label", option.label())
                    .checked(of + ".label", 200), points, option.satisfied()));
        }
        List<Choice> checkedRows = checkRows(qf, type, question.rows());
        Condition showIf = question.showIf() == null ? null : checkCondition(qf + ".showIf", question.showIf(), earlier);
        return new Question(code, type, text, help, question.required(), question.weight(),
                question.countsForRate(), checkedOptions, checkedRows, showIf);
    }

    private static List<Choice> checkRows(String qf, QuestionType type, List<Choice> rows) {
        if (type != QuestionType.MATRIX) {
            if (!rows.isEmpty()) {
                throw DomainException.invalid(qf + ".rows", "only a matrix question has rows");
            }
            return List.of();
        }
        Set<String> rowCodes = new HashSet<>();
        List<Choice> checked = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String rf = qf + ".rows[" + r + "]";
            Choice row = Check.present(rf, rows.get(r));
            String rowCode = Check.required(rf + ".code", row.code(), 64);
            if (!rowCodes.add(rowCode)) {
                throw DomainException.invalid(rf + ".code", "row code '" + rowCode + "' is used twice");
            }
            if (row.points() != null || row.satisfied() != null) {
                throw DomainException.invalid(rf + ".points", "a matrix row earns no points itself: its scale does");
            }
            checked.add(new Choice(rowCode, Check.present(rf + ".label", row.label()).checked(rf + ".label", 200), null, null));
        }
        return checked;
    }

    /** A condition refers to an earlier question with options, and to some of its options. */
    private static Condition checkCondition(String cf, Condition condition,
                                                   java.util.Map<String, Question> earlier) {
        String on = Check.required(cf + ".question", condition.question(), 64);
        Question target = earlier.get(on);
        if (target == null) {
            throw DomainException.invalid(cf + ".question", "a condition refers to an earlier question; '" + on + "' is none");
        }
        if (target.type() != QuestionType.SATISFACTION && target.type() != QuestionType.SINGLE_CHOICE
                && target.type() != QuestionType.MULTIPLE_CHOICE) {
            throw DomainException.invalid(cf + ".question", "a condition refers to a satisfaction or choice question");
        }
        if (condition.anyOf().isEmpty()) {
            throw DomainException.invalid(cf + ".anyOf", "a condition names at least one option");
        }
        Set<String> codes = new HashSet<>();
        target.options().forEach(o -> codes.add(o.code()));
        for (int i = 0; i < condition.anyOf().size(); i++) {
            if (!codes.contains(condition.anyOf().get(i))) {
                throw DomainException.invalid(cf + ".anyOf[" + i + "]", "question '" + on + "' has no option '"
                        + condition.anyOf().get(i) + "'");
            }
        }
        return new Condition(on, List.copyOf(new LinkedHashSet<>(condition.anyOf())));
    }

    private static void positive(String field, BigDecimal weight) {
        if (weight != null && weight.signum() <= 0) {
            throw DomainException.invalid(field, "a weight must be positive");
        }
    }

    /** Every question, section by section. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The scored questions (satisfaction and rating), in the order of {@link #scoringModel()} answers. */
    public List<Question> scoredQuestions() {
        return questions().stream().filter(q -> q.type().scored()).toList();
    }

    /** How answers turn into points, for the aggregation core; sections without a scored question drop out. */
    public ScoringModel scoringModel() {
        List<Section> scoredSections = new ArrayList<>();
        for (QuestionSection section : sections) {
            List<ScoredQuestion> scored = new ArrayList<>();
            for (Question q : section.questions()) {
                if (q.type() == QuestionType.SATISFACTION) {
                    scored.add(new ScaleQuestion(new QuestionCode(q.code()), scale(q), q.weightOrDefault(),
                            q.required(), q.countsForRateOrDefault()));
                } else if (q.type() == QuestionType.RATING) {
                    scored.add(new RatingQuestion(new QuestionCode(q.code()), q.weightOrDefault(), q.required()));
                }
            }
            if (!scored.isEmpty()) {
                scoredSections.add(new Section(section.code(), section.weightOrDefault(), scored));
            }
        }
        return new ScoringModel(scoredSections);
    }

    /** The question's scale; without explicit "satisfied" marks the first three options are satisfied (满意, 比较满意, 基本满意). */
    private static SatisfactionScale scale(Question q) {
        List<ScaleOption> options = new ArrayList<>();
        Set<String> satisfied = new HashSet<>();
        boolean marked = q.options().stream().anyMatch(o -> o.satisfied() != null);
        for (int i = 0; i < q.options().size(); i++) {
            Choice o = q.options().get(i);
            options.add(new ScaleOption(o.code(), o.label().zhHans(), o.points()));
            if (marked ? Boolean.TRUE.equals(o.satisfied()) : i < 3) {
                satisfied.add(o.code());
            }
        }
        return new SatisfactionScale(options, satisfied);
    }
}
