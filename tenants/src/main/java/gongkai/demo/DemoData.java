package gongkai.demo;

import gongkai.survey.Campaigns;
import gongkai.survey.NewCampaign;
import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Level;
import gongkai.tenancy.Names;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.tenancy.TenantDraft;
import gongkai.unit.Unit;
import gongkai.unit.UnitDraft;
import gongkai.unit.UnitKind;
import gongkai.unit.Units;
import gongkai.user.PasswordHasher;
import gongkai.user.UserDraft;
import gongkai.user.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The five jurisdictions of spec/rules.md as demo tenants, with Pengjiang under Jiangmen and Yongchang and
 * Jinchuan under Jinchang, real departments and towns as units, and one demo user per role. Created once; a
 * later start finds them and changes nothing.
 */
@ApplicationScoped
public class DemoData {

    /** The password of every demo user (never used outside demo mode). */
    public static final String DEMO_PASSWORD = "gongkai-demo";

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Populator populator;

    @Inject
    Campaigns campaigns;

    @Inject
    Units units;

    /** The slug of Jinchang's demo public survey: its link is /api/v1/public/surveys/jinchang-demo. */
    public static final String SURVEY_SLUG = "jinchang-demo";

    /** One demo tenant's units and users, in one transaction (fast first start). */
    @ApplicationScoped
    public static class Populator {

        @Inject
        Units units;

        @Inject
        Users users;

        @Transactional
        public void populate(DemoTenant demo, String passwordHash) {
            for (String[] unit : demo.units()) {
                units.create(new UnitDraft(unit[0], UnitKind.valueOf(unit[1]), Names.of(unit[2]), null));
            }
            // Lower-level governments that are tenants themselves link to them.
            for (DemoTenant child : DemoData.TENANTS) {
                if (demo.code().equals(child.parent())) {
                    units.create(new UnitDraft(demo.code() + "-gov-" + child.code(), UnitKind.LOWER_GOVERNMENT,
                            Names.of(child.zhHans().replace("政务公开办公室", "人民政府")), child.code()));
                }
            }
            for (String[] user : DemoData.USERS) {
                if (user[2].equals(demo.code())) {
                    users.createAsSystem(new UserDraft(user[0], user[4], Role.valueOf(user[1]), user[3], "zh-Hans",
                            DEMO_PASSWORD), passwordHash);
                }
            }
        }
    }

    record DemoTenant(String code, String zhHans, String zhHant, String en, Level level, String parent,
                      String prefix, List<String[]> units) {
    }

    /** The demo users: username, role, tenant, unit (for a liaison), display name. */
    public static final List<String[]> USERS = List.of(
            new String[]{"jinchang-office", "TENANT_ADMIN", "jinchang", null, "金昌市政务公开办 王主任"},
            new String[]{"jinchang-assessor", "ASSESSOR", "jinchang", null, "考核组 李评估"},
            new String[]{"jinchang-liaison", "UNIT_LIAISON", "jinchang", "jc-edu", "市教育局 张联络员"},
            new String[]{"jinchang-panel", "PANEL_MEMBER", "jinchang", null, "人大代表 赵代表"},
            new String[]{"jiangmen-office", "TENANT_ADMIN", "jiangmen", null, "江门市政务公开办"},
            new String[]{"pengjiang-office", "TENANT_ADMIN", "pengjiang", null, "蓬江区政务公开办"},
            new String[]{"zhoukou-office", "TENANT_ADMIN", "zhoukou", null, "周口市政务公开办"},
            new String[]{"weibin-office", "TENANT_ADMIN", "weibin", null, "渭滨区政务公开办"},
            new String[]{"yongchang-office", "TENANT_ADMIN", "yongchang", null, "永昌县政务公开办"},
            new String[]{"jinchuan-office", "TENANT_ADMIN", "jinchuan", null, "金川区政务公开办"},
            new String[]{"yongji-office", "TENANT_ADMIN", "yongji", null, "永吉县政务公开办"});

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("jiangmen", "江门市政务公开办公室", "江門市政務公開辦公室", "Jiangmen Municipal Openness Office",
                    Level.CITY, null, "JM", departments("jm", "市")),
            new DemoTenant("pengjiang", "江门市蓬江区政务公开办公室", "江門市蓬江區政務公開辦公室", "Pengjiang District Openness Office",
                    Level.COUNTY, "jiangmen", "PJ", join(departments("pj", "区"), towns("pj",
                    "环市街道", "白沙街道", "北街街道", "潮连街道", "棠下镇", "荷塘镇", "杜阮镇"))),
            new DemoTenant("zhoukou", "周口市政务公开领导小组办公室", "周口市政務公開領導小組辦公室", "Zhoukou Municipal Openness Office",
                    Level.CITY, null, "ZK", departments("zk", "市")),
            new DemoTenant("weibin", "宝鸡市渭滨区政务公开办公室", "寶雞市渭濱區政務公開辦公室", "Weibin District Openness Office",
                    Level.COUNTY, null, "WB", join(departments("wb", "区"), towns("wb",
                    "金陵街道", "经二路街道", "清姜街道", "姜谭街道", "桥南街道", "马营镇", "石鼓镇", "神农镇", "高家镇", "八鱼镇"))),
            new DemoTenant("jinchang", "金昌市政务公开领导小组办公室", "金昌市政務公開領導小組辦公室", "Jinchang Municipal Openness Office",
                    Level.CITY, null, "JC", departments("jc", "市")),
            new DemoTenant("yongchang", "永昌县政务公开办公室", "永昌縣政務公開辦公室", "Yongchang County Openness Office",
                    Level.COUNTY, "jinchang", "YC", join(departments("yc", "县"), towns("yc",
                    "城关镇", "河西堡镇", "新城子镇", "朱王堡镇", "东寨镇", "水源镇", "红山窑镇", "焦家庄镇"))),
            new DemoTenant("jinchuan", "金昌市金川区政务公开办公室", "金昌市金川區政務公開辦公室", "Jinchuan District Openness Office",
                    Level.COUNTY, "jinchang", "JCQ", join(departments("jcq", "区"), towns("jcq",
                    "滨河路街道", "桂林路街道", "北京路街道", "金川路街道", "新华路街道", "广州路街道", "宁远堡镇", "双湾镇"))),
            new DemoTenant("yongji", "永吉县政务公开办公室", "永吉縣政務公開辦公室", "Yongji County Openness Office",
                    Level.COUNTY, null, "YJ", join(departments("yj", "县"), towns("yj",
                    "口前镇", "双河镇", "北大湖镇", "西阳镇", "万昌镇", "一拉溪镇", "岔路河镇", "金家满族乡", "黄榆乡"))));

    /** Creates the demo tenants, units and users unless they exist. Returns whether anything was created. */
    public boolean ensure() {
        if (jurisdictions.byCode("jinchang").isPresent()) {
            return false;
        }
        for (DemoTenant demo : TENANTS) {
            TenantContext.run(Acting.system(null, null), () -> jurisdictions.create(new TenantDraft(demo.code(),
                    new Names(demo.zhHans(), demo.zhHant(), demo.en()), demo.level(), demo.parent(), null, demo.prefix())));
        }
        String demoPasswordHash = PasswordHasher.hash(DEMO_PASSWORD);
        for (DemoTenant demo : TENANTS) {
            Tenant tenant = jurisdictions.byCode(demo.code()).orElseThrow();
            TenantContext.run(Acting.system(tenant.id(), tenant.code()), () -> populator.populate(demo, demoPasswordHash));
        }
        return true;
    }

    /**
     * Jinchang's open public evaluation over its departments, created when missing (also in a database made by an
     * earlier release): open from yesterday for a year, with the built-in questionnaire. Returns its public path.
     */
    public String ensureSurvey() {
        Tenant jinchang = jurisdictions.byCode("jinchang").orElseThrow();
        return TenantContext.call(Acting.system(jinchang.id(), jinchang.code()), () -> {
            if (!campaigns.exists("jc-public")) {
                List<String> departments = units.list(false).stream()
                        .filter(u -> u.kind() == UnitKind.DEPARTMENT).map(Unit::code).toList();
                LocalDateTime opens = LocalDate.now(jinchang.timeZone()).minusDays(1).atStartOfDay();
                campaigns.create(new NewCampaign("jc-public", SURVEY_SLUG,
                        new Names("金昌市政务公开社会评议（公众）", null, "Jinchang public evaluation of openness"), null, null,
                        departments, opens, opens.plusYears(1), List.of(EvaluationMode.PUBLIC)));
            }
            return "/api/v1/public/surveys/" + SURVEY_SLUG;
        });
    }

    private static List<String[]> departments(String prefix, String level) {
        String[][] names = {
                {"dev", "发展和改革委员会"}, {"edu", "教育局"}, {"pol", "公安局"}, {"fin", "财政局"},
                {"hr", "人力资源和社会保障局"}, {"nr", "自然资源局"}, {"env", "生态环境局"}, {"housing", "住房和城乡建设局"},
                {"trans", "交通运输局"}, {"health", "卫生健康委员会"}, {"market", "市场监督管理局"}, {"civil", "民政局"}};
        List<String[]> units = new ArrayList<>();
        for (String[] n : names) {
            String name = n[1].equals("生态环境局") && !level.equals("市") ? "生态环境分局" : level + n[1];
            units.add(new String[]{prefix + "-" + n[0], "DEPARTMENT", name});
        }
        units.add(new String[]{prefix + "-water", "BY_REFERENCE", level + "供水公司"});
        return units;
    }

    private static List<String[]> towns(String prefix, String... names) {
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            units.add(new String[]{prefix + "-town-" + (i + 1), "TOWN_OFFICE", names[i]});
        }
        return units;
    }

    private static List<String[]> join(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
