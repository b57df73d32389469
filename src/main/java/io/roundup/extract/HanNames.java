package io.roundup.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a run of Chinese characters cut out before a financing verb can be a company's name, from how Chinese names
 * are built rather than from names of particular pages: a name does not start with a pronoun, a demonstrative, a
 * quantity or a function word ("这是公司", "我们", "全年", "首次公开"), does not end with a noun for a field or a
 * market ("机器人领域", "新能源赛道"), and holds no count of shares or percentage ("5000万股股票", "100%股权").
 */
final class HanNames {

    /** First characters and words that begin clauses, not names. */
    private static final Pattern NOT_A_START = Pattern.compile(
            "^(?:一[封份家位名个项笔批些则条次]|这|那|"
                    // a pronoun opens a clause, but a name may begin with the same character ("它石智航")
                    + "[我你他她它](?:们|的|是|在|将|已|也|还|又|就|都|表示|称|说|认为|曾|于|对|并|会|能)|[我你他她它]$|该|其|此|各|某|而|但|且|或|及|对|从|被|把|将|已|曾|于|在|是|不|未|没|还|也|都|又|就|才|均|共|约|逾|拟|计划|准备|正在|"
                    + "本轮|本次|本公司|全年|全球|全国|首次|多家|多位|多名|多个|一些|一批|一家|一位|合计|累计|总计|总额|国内|国外|海外|境内|境外|行业|领域|市场|"
                    + "年内|年度|当年|今年|去年|明年|目前|随后|同时|另外|此外|然而|因此|所以|如果|虽然|由于|通过|根据|按照|截至|截止|"
                    + "获得|完成|宣布|表示|据|报道|消息|公告|发布|披露|记者|投资人|投资者|股东|管理层|团队|双方|交易|彼时|当时|部分|收市|收盘|开市|开盘|"
                    + "有(?:券商|分析|市场|消息|媒体|投资者|业内|知情|机构)|市场人士|分析员|分析师|券商|发行价|招股价|扩大|刊发|排队|多只|多隻|上半年|下半年|港股|美股|A股|新股|"
                    + "年上|年下|亦有|亦|另有|其中|包括|分别|合共|共同|早前|此后|日前|近日|今日|昨日|今年|去年|笔者|作者|编者|本报|价格|股价|底获|普遍|推行|"
                    // conditions, sequence, superlatives and times of day open clauses: "若以招股价上限", "继X之后", "最后一", "上午9时"
                    + "若|如果|倘|继|最|向|扣除|成立|上市|以此|据此|由此|换言之|换句话说|总之|可见|起至|半年|仍|启动|连续|即|公开|底|初|下周|下月|明天|明日|后天|上周|上月|本周|本月|上午|下午|中午|晚间|早盘|午盘|尾盘|上旬|中旬|下旬|监管|"
                    // a number with a measure word is a count: "两股", "首三季", "三家"
                    + "[一二两兩三四五六七八九十几数][家只隻股个位名项笔批些则条次轮季]|首[一二两三四五六七八九十])");
    /** Last words of a field, a market, a business line or a security: what is counted or sold, not who. */
    private static final String[] NOT_AN_END = {"领域", "行业", "市场", "赛道", "板块", "产业", "产业链", "事件", "项目", "业务", "资金", "金额",
            "股权", "股票", "股份", "债券", "资产", "标的", "方面", "们", "时", "后", "前", "中", "内", "间", "起", "期", "年", "月", "日", "号", "次",
            "笔", "轮", "个", "位", "名", "亿", "万", "较", "以", "定", "早", "额", "员", "队", "为", "于", "对", "向", "与", "及", "将", "把", "被", "让",
            "给", "从", "自", "称", "指", "表示", "认为", "相关企业", "相关公司", "企业", "旬", "到", "来源", "办理",
            // "自动驾驶公司", "上市前公司": a bare "company" after a description is the description, not a name
            "公司"};

    private static boolean endsLikeNoName(String name) {
        if (name.endsWith("有限公司")) return false; // a registered name
        for (String end : NOT_AN_END) if (name.endsWith(end)) return true;
        return false;
    }
    /** A count of shares, a percentage or a ceiling: "不超过5000万股", "100%股权". */
    private static final Pattern QUANTITY = Pattern.compile("[%％]|万股|亿股|\\d股|每股|不超过|不低于|以上|以下|左右|\\d(?:\\.\\d+)?(?:港元|美元|欧元|日元|元|亿|万)"
            // counts, times of day, approximations, ceilings and superlatives: "68只新股", "9时", "仅约50天", "招股价上限"
            + "|\\d+[只隻天时時点個个家]|[约近超逾仅][约近]?\\d|上限|下限|最高|最低|最大|最多|年内|共有|作为|本次|此次|首次|期间|股东|证监"
            // "李一帆等人" (people), "以来", "程序", "计算": a clause's words, no name
            + "|等人|以来|程序|计算|今次");

    /**
     * Nouns that describe a company before its name ("芯片公司寒武纪", "解决方案供应商地平线", "电动车品牌极氪", "集团旗下X"):
     * the name starts after the last of them.
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "公司|企业|初创|创企|供应商|生产商|制造商|开发商|服务商|提供商|运营商|厂商|品牌|平台|巨头|龙头|独角兽|新势力|旗下|机构|车企|药企|芯片商|零售商|集团旗下|"
                    + "方案商|设备商|经销商|代工商|软件商|材料商|集成商|设计商");

    private HanNames() {
    }

    /** Where the name starts in a run that may begin with a description of the company: after the last descriptive noun. */
    static int afterDescription(String run) {
        Matcher m = DESCRIPTION.matcher(run);
        int end = 0;
        while (m.find()) if (run.length() - m.end() >= 2) end = m.end();
        return end;
    }

    /** True when {@code name} cannot be a company's name by its form alone. */
    static boolean isFragment(String name) {
        if (name == null || name.length() < 2) return true;
        return NOT_A_START.matcher(name).lookingAt() || endsLikeNoName(name) || QUANTITY.matcher(name).find();
    }
}
