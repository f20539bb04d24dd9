package gongkai.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in questionnaire about one evaluated unit, over the content areas the seeds' social evaluations ask
 * about (spec/rules.md: Jiangmen Art. 4-9, Jinchang 2022 Art. 5-9): content, timeliness, channels, systems,
 * requests and fees, staff attitude and effect, each a five-level satisfaction question, plus an overall 0-10
 * rating, how the respondent learns of the unit's information, and suggestions. A tenant copies and edits it.
 */
public final class DefaultQuestionnaire {

    public static final String CODE = "standard";

    private DefaultQuestionnaire() {
    }

    public static QuestionnaireDefinition definition() {
        List<QuestionSection> sections = new ArrayList<>();
        sections.add(area("content", "公开内容", "Content", "您对该单位主动公开信息的全面性、准确性是否满意？",
                "Are you satisfied with how complete and accurate the unit's published information is?"));
        sections.add(area("timeliness", "公开时效", "Timeliness", "您对该单位信息公开、更新的及时性是否满意？",
                "Are you satisfied with how promptly the unit publishes and updates information?"));
        QuestionSection channels = area("channels", "公开渠道", "Channels", "您对该单位门户网站、政务新媒体等公开渠道是否满意？",
                "Are you satisfied with the unit's website, social media and other channels?");
        List<Question> channelQuestions = new ArrayList<>(channels.questions());
        channelQuestions.add(new Question("channels-used", QuestionType.MULTIPLE_CHOICE,
                Wording.zhEn("您通过哪些渠道获取该单位的政务信息？", "Where do you find the unit's information?"), null, false,
                null, null, List.of(
                new Choice("website", Wording.zhEn("政府网站", "Government website"), null, null),
                new Choice("new-media", Wording.zhEn("政务新媒体", "Government social media"), null, null),
                new Choice("hall", Wording.zhEn("政务服务大厅", "Service hall"), null, null),
                new Choice("hotline", Wording.zhEn("12345热线", "12345 hotline"), null, null),
                new Choice("other", Wording.zhEn("其他", "Other"), null, null))));
        sections.add(new QuestionSection(channels.code(), channels.title(), null, channelQuestions));
        sections.add(area("systems", "制度建设", "Systems", "您对该单位政务公开制度的健全和执行情况是否满意？",
                "Are you satisfied with the unit's openness rules and how it follows them?"));
        sections.add(area("requests", "依申请公开", "Requests and fees", "您对该单位办理政府信息公开申请（含收费）的情况是否满意？",
                "Are you satisfied with how the unit handles information requests (and fees)?"));
        sections.add(area("attitude", "工作人员态度", "Staff attitude", "您对该单位工作人员的服务态度是否满意？",
                "Are you satisfied with the attitude of the unit's staff?"));
        QuestionSection effect = area("effect", "公开效果", "Effect", "您对该单位政务公开工作的总体效果是否满意？",
                "Are you satisfied with the overall effect of the unit's openness work?");
        List<Question> effectQuestions = new ArrayList<>(effect.questions());
        effectQuestions.add(new Question("overall-rating", QuestionType.RATING,
                Wording.zhEn("请为该单位的政务公开工作打分（0-10分）", "Rate the unit's openness work (0-10)"),
                Wording.zhEn("10分为最好", "10 is best"), false, null, null, List.of()));
        effectQuestions.add(new Question("respondent", QuestionType.SINGLE_CHOICE,
                Wording.zhEn("您的身份", "You are"), null, false, null, null, List.of(
                new Choice("citizen", Wording.zhEn("群众", "Citizen"), null, null),
                new Choice("business", Wording.zhEn("企业", "Business"), null, null),
                new Choice("staff", Wording.zhEn("机关事业单位工作人员", "Public servant"), null, null),
                new Choice("other", Wording.zhEn("其他", "Other"), null, null))));
        effectQuestions.add(new Question("suggestions", QuestionType.TEXT,
                Wording.zhEn("您对该单位政务公开工作的意见和建议", "Your comments and suggestions"), null, false,
                null, null, List.of()));
        sections.add(new QuestionSection(effect.code(), effect.title(), null, effectQuestions));
        return new QuestionnaireDefinition(Wording.zhEn("政务公开社会评议问卷", "Government openness survey"),
                Wording.zhEn("本问卷匿名填写，不收集个人信息。", "This survey is anonymous and collects no personal data."),
                sections);
    }

    /** The five-level scale at 100/80/60/40/0 points (the labels an administrator may change). */
    public static List<Choice> fiveLevel() {
        return List.of(
                new Choice("SATISFIED", new Wording("满意", "滿意", "Satisfied"), BigDecimal.valueOf(100), null),
                new Choice("FAIRLY_SATISFIED", new Wording("比较满意", "比較滿意", "Fairly satisfied"), BigDecimal.valueOf(80), null),
                new Choice("BASICALLY_SATISFIED", new Wording("基本满意", "基本滿意", "Basically satisfied"), BigDecimal.valueOf(60), null),
                new Choice("NOT_VERY_SATISFIED", new Wording("不太满意", "不太滿意", "Not very satisfied"), BigDecimal.valueOf(40), null),
                new Choice("DISSATISFIED", new Wording("不满意", "不滿意", "Dissatisfied"), BigDecimal.ZERO, null));
    }

    private static QuestionSection area(String code, String zh, String en, String questionZh, String questionEn) {
        return new QuestionSection(code, Wording.zhEn(zh, en), null, List.of(new Question(code, QuestionType.SATISFACTION,
                Wording.zhEn(questionZh, questionEn), null, true, null, null, fiveLevel())));
    }
}
