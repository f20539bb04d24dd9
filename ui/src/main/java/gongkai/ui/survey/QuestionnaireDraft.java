package gongkai.ui.survey;

import gongkai.survey.Choice;
import gongkai.survey.DefaultQuestionnaire;
import gongkai.survey.Condition;
import gongkai.survey.Question;
import gongkai.survey.QuestionSection;
import gongkai.survey.QuestionType;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.Wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The builder's working copy of a questionnaire: mutable drafts the form fields write into, turned back into a
 * {@link QuestionnaireDefinition} (whose {@code checked()} is the validation, the same the server runs) on every
 * change. Texts are kept as typed: a blank required text is the definition's refusal, shown beside its field.
 */
final class QuestionnaireDraft {

    final Text title;
    final Text introduction;
    final List<SectionDraft> sections = new ArrayList<>();

    private QuestionnaireDraft(Text title, Text introduction) {
        this.title = title;
        this.introduction = introduction;
    }

    static QuestionnaireDraft of(QuestionnaireDefinition d) {
        QuestionnaireDraft draft = new QuestionnaireDraft(Text.of(d.title()), Text.of(d.introduction()));
        d.sections().forEach(s -> draft.sections.add(SectionDraft.of(s)));
        return draft;
    }

    QuestionnaireDefinition toDefinition() {
        return new QuestionnaireDefinition(title.toWording(), introduction.toOptionalWording(),
                sections.stream().map(SectionDraft::toSection).toList());
    }

    /** The section templates: the content areas of the seeds (Jiangmen Art. 5, Jinchang 2022 Art. 6). */
    static List<QuestionSection> templates() {
        return DefaultQuestionnaire.definition().sections();
    }

    /** Adds a template's section (or a blank one when null), renaming its codes where they are already used. */
    SectionDraft addSection(QuestionSection template) {
        SectionDraft section = template == null
                ? new SectionDraft(unique(sectionCodes(), "section"), new Text("", null, null), null)
                : SectionDraft.of(template);
        section.code = unique(sectionCodes(), section.code);
        for (QuestionDraft q : section.questions) {
            q.code = unique(questionCodes(), q.code);
        }
        sections.add(section);
        return section;
    }

    QuestionDraft addQuestion(SectionDraft section, QuestionType type) {
        QuestionDraft q = QuestionDraft.blank(unique(questionCodes(), "q"), type);
        section.questions.add(q);
        return q;
    }

    /** Every question before {@code question} (the ones a condition may refer to). */
    List<QuestionDraft> before(QuestionDraft question) {
        List<QuestionDraft> earlier = new ArrayList<>();
        for (SectionDraft s : sections) {
            for (QuestionDraft q : s.questions) {
                if (q == question) {
                    return earlier;
                }
                earlier.add(q);
            }
        }
        return earlier;
    }

    private Set<String> sectionCodes() {
        Set<String> codes = new HashSet<>();
        sections.forEach(s -> codes.add(s.code));
        return codes;
    }

    private Set<String> questionCodes() {
        Set<String> codes = new HashSet<>();
        sections.forEach(s -> s.questions.forEach(q -> codes.add(q.code)));
        return codes;
    }

    private static String unique(Set<String> taken, String base) {
        if (!taken.contains(base) && !"q".equals(base) && !"section".equals(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A text in the three languages; zh-Hant and en optional. */
    static final class Text {
        String zhHans;
        String zhHant;
        String en;

        Text(String zhHans, String zhHant, String en) {
            this.zhHans = zhHans;
            this.zhHant = zhHant;
            this.en = en;
        }

        static Text of(Wording w) {
            return w == null ? new Text(null, null, null) : new Text(w.zhHans(), w.zhHant(), w.en());
        }

        Wording toWording() {
            return new Wording(zhHans == null ? "" : zhHans, blankToNull(zhHant), blankToNull(en));
        }

        /** Null when every language is blank (an optional text such as help). */
        Wording toOptionalWording() {
            return blankToNull(zhHans) == null && blankToNull(zhHant) == null && blankToNull(en) == null
                    ? null : toWording();
        }

        String in(String language) {
            if ("en".equals(language) && blankToNull(en) != null) {
                return en;
            }
            if ("zh-Hant".equals(language) && blankToNull(zhHant) != null) {
                return zhHant;
            }
            return zhHans == null ? "" : zhHans;
        }
    }

    static final class SectionDraft {
        String code;
        final Text title;
        BigDecimal weight;
        final List<QuestionDraft> questions = new ArrayList<>();

        SectionDraft(String code, Text title, BigDecimal weight) {
            this.code = code;
            this.title = title;
            this.weight = weight;
        }

        static SectionDraft of(QuestionSection s) {
            SectionDraft draft = new SectionDraft(s.code(), Text.of(s.title()), s.weight());
            s.questions().forEach(q -> draft.questions.add(QuestionDraft.of(q)));
            return draft;
        }

        QuestionSection toSection() {
            return new QuestionSection(code, title.toWording(), weight,
                    questions.stream().map(QuestionDraft::toQuestion).toList());
        }
    }

    static final class QuestionDraft {
        String code;
        QuestionType type;
        final Text text;
        final Text help;
        boolean required;
        BigDecimal weight;
        Boolean countsForRate;
        final List<ChoiceDraft> options = new ArrayList<>();
        final List<ChoiceDraft> rows = new ArrayList<>();
        /** The earlier question a condition refers to, or null (always shown). */
        String showIfQuestion;
        final Set<String> showIfAnyOf = new LinkedHashSet<>();

        QuestionDraft(String code, QuestionType type, Text text, Text help) {
            this.code = code;
            this.type = type;
            this.text = text;
            this.help = help;
        }

        static QuestionDraft of(Question q) {
            QuestionDraft draft = new QuestionDraft(q.code(), q.type(), Text.of(q.text()), Text.of(q.help()));
            draft.required = q.required();
            draft.weight = q.weight();
            draft.countsForRate = q.countsForRate();
            q.options().forEach(o -> draft.options.add(ChoiceDraft.of(o)));
            q.rows().forEach(r -> draft.rows.add(ChoiceDraft.of(r)));
            if (q.showIf() != null) {
                draft.showIfQuestion = q.showIf().question();
                draft.showIfAnyOf.addAll(q.showIf().anyOf());
            }
            return draft;
        }

        /** A new question of a type with the options it needs to be valid (texts left to the office). */
        static QuestionDraft blank(String code, QuestionType type) {
            QuestionDraft q = new QuestionDraft(code, type, new Text("", null, null), new Text(null, null, null));
            q.required = type == QuestionType.SATISFACTION;
            q.retype(type);
            return q;
        }

        /** Changes the type, giving the options and rows the new type needs. */
        void retype(QuestionType newType) {
            type = newType;
            options.clear();
            rows.clear();
            switch (newType) {
                case SATISFACTION -> DefaultQuestionnaire.fiveLevel().forEach(o -> options.add(ChoiceDraft.of(o)));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    options.add(new ChoiceDraft("a", new Text("选项一", null, null), null));
                    options.add(new ChoiceDraft("b", new Text("选项二", null, null), null));
                }
                case MATRIX -> {
                    DefaultQuestionnaire.fiveLevel().forEach(o -> options.add(ChoiceDraft.of(o)));
                    rows.add(new ChoiceDraft("row-1", new Text("第一项", null, null), null));
                    rows.add(new ChoiceDraft("row-2", new Text("第二项", null, null), null));
                }
                case RATING, TEXT -> {
                }
            }
        }

        Question toQuestion() {
            Condition showIf = showIfQuestion == null ? null
                    : new Condition(showIfQuestion, List.copyOf(showIfAnyOf));
            return new Question(code, type, text.toWording(), help.toOptionalWording(), required, weight,
                    type == QuestionType.SATISFACTION ? countsForRate : null,
                    options.stream().map(ChoiceDraft::toChoice).toList(),
                    rows.stream().map(ChoiceDraft::toChoice).toList(), showIf);
        }
    }

    static final class ChoiceDraft {
        String code;
        final Text label;
        BigDecimal points;
        Boolean satisfied;

        ChoiceDraft(String code, Text label, BigDecimal points) {
            this.code = code;
            this.label = label;
            this.points = points;
        }

        static ChoiceDraft of(Choice c) {
            ChoiceDraft draft = new ChoiceDraft(c.code(), Text.of(c.label()), c.points());
            draft.satisfied = c.satisfied();
            return draft;
        }

        Choice toChoice() {
            return new Choice(code, label.toWording(), points, satisfied);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
