package gongkai.survey;

/** Who sits on a representative panel (代表评议; Jinchang 2022 Art. 6, Jiangmen Art. 5). */
public enum PanelMemberType {
    /** 人大代表 */
    NPC_DEPUTY,
    /** 政协委员 */
    CPPCC_MEMBER,
    /** 新闻媒体 */
    MEDIA,
    /** 专家学者 */
    EXPERT,
    /** 社会监督员 */
    SOCIAL_SUPERVISOR,
    /** 群众代表 */
    CITIZEN_REPRESENTATIVE
}
