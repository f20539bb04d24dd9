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
                Question question = checkQuestion(qf, Check.present(qf, section.questions().get(q)));
                if (!questionCodes.add(question.code())) {
                    throw DomainException.invalid(qf + ".code", "question code '" + question.code() + "' is used twice");
                }
                checkCondition(qf + ".showIf", question.showIf(), earlier);
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

    private static Question checkQuestion(String qf, Question question) {
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
            if (type == QuestionType.SATISFACTION) {
                if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0
                        || points.scale() > 2) {
                    throw DomainException.invalid(of + ".points", "points from 0 to 100, at most two decimals");
                }
            } else if (points != null || option.satisfied() != null) {
                throw DomainException.invalid(of + ".points", "only satisfaction options earn points");
            }
            checkedOptions.add(new Choice(optionCode, Check.present(of + ".label", option.label())
                    .checked(of + ".label", 200), points, option.satisfied()));
        }
        return new Question(code, type, text, help, question.required(), question.weight(),
                question.countsForRate(), checkedOptions, question.showIf());
    }

    /** A condition names an earlier question with options, and some of its option codes. */
    private static void checkCondition(String field, Condition condition, java.util.Map<String, Question> earlier) {
        if (condition == null) {
            return;
        }
        Question on = earlier.get(condition.question());
        if (on == null || on.options().isEmpty()) {
            throw DomainException.invalid(field + ".question", "a condition names an earlier satisfaction or choice question");
        }
        if (condition.anyOf().isEmpty()) {
            throw DomainException.invalid(field + ".anyOf", "a condition lists at least one option code");
        }
        for (int i = 0; i < condition.anyOf().size(); i++) {
            String code = condition.anyOf().get(i);
            if (on.options().stream().noneMatch(o -> o.code().equals(code))) {
                throw DomainException.invalid(field + ".anyOf[" + i + "]", "question '" + on.code() + "' has no option '" + code + "'");
            }
        }
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
