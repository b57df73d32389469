package io.roundup.extract;

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
            "^(?:一[封份家位名个项笔批些则条次]|这|那|我|你|他|她|它|该|其|此|各|某|而|但|且|或|及|对|从|被|把|将|已|曾|于|在|是|不|未|没|还|也|都|又|就|才|均|共|约|逾|拟|计划|准备|正在|"
                    + "本轮|本次|本公司|全年|全球|全国|首次|多家|多位|多名|多个|一些|一批|一家|一位|合计|累计|总计|总额|国内|国外|海外|境内|境外|行业|领域|市场|"
                    + "年内|年度|当年|今年|去年|明年|目前|随后|同时|另外|此外|然而|因此|所以|如果|虽然|由于|通过|根据|按照|截至|截止|"
                    + "获得|完成|宣布|表示|据|报道|消息|公告|发布|披露|记者|投资人|投资者|股东|管理层|团队|双方|交易)");
    /** Last words of a field, a market, a business line or a security: what is counted or sold, not who. */
    private static final Pattern NOT_AN_END = Pattern.compile(
            "(?:领域|行业|市场|赛道|板块|产业|产业链|事件|项目|业务|资金|金额|股权|股票|股份|债券|资产|标的|方面|们|时|后|前|中|内|间|起|期|年|月|日|号|次|笔|轮|个|位|名|亿|万)$");
    /** A count of shares, a percentage or a ceiling: "不超过5000万股", "100%股权". */
    private static final Pattern QUANTITY = Pattern.compile("[%％]|万股|亿股|\\d股|不超过|不低于|以上|以下|左右");

    private HanNames() {
    }

    /** True when {@code name} cannot be a company's name by its form alone. */
    static boolean isFragment(String name) {
        if (name == null || name.length() < 2) return true;
        return NOT_A_START.matcher(name).find() || NOT_AN_END.matcher(name).find() || QUANTITY.matcher(name).find();
    }
}
