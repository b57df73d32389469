package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HanNamesTest {

    private static List<Mention> run(String body) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("zh.txt", "t", LocalDate.of(2025, 3, 14), "zh", body));
    }

    @Test
    void clauseFragmentsAreNoNames() {
        assertThat(HanNames.isFragment("这是公司")).isTrue();
        assertThat(HanNames.isFragment("我们")).isTrue();
        assertThat(HanNames.isFragment("国内机器人领域")).isTrue();
        assertThat(HanNames.isFragment("拟首次公开")).isTrue();
        assertThat(HanNames.isFragment("不超过5000万股股票")).isTrue();
        assertThat(HanNames.isFragment("一封内部信中")).isTrue();
        assertThat(HanNames.isFragment("标的公司100%股权")).isTrue();
        assertThat(HanNames.isFragment("笔者")).isTrue();
        assertThat(HanNames.isFragment("价格")).isTrue();
    }

    @Test
    void namesBuiltLikeCompaniesStayNames() {
        for (String name : List.of("星云智能", "数坤科技", "达闼机器人", "无问芯穹", "上海星河动力", "每日鲜果", "和铂医药", "超聚变", "能链", "多点数智")) {
            assertThat(HanNames.isFragment(name)).as(name).isFalse();
        }
    }

    @Test
    void sentencesWithoutACompanyTellNoEvent() {
        assertThat(run("这是公司今年完成的第二轮融资，金额为2亿元。")).isEmpty();
        assertThat(run("我们完成了新一轮融资，金额达5000万美元。")).isEmpty();
        assertThat(run("2024年全年，国内机器人领域共完成融资事件22起，总金额94亿元。")).isEmpty();
    }

    @Test
    void registeredNameIsReportedWithTheTradeName() {
        List<Mention> m = run("杭州星衡智能科技有限公司宣布完成1亿美元C轮融资，由云杉资本领投。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("杭州星衡智能科技有限公司 (星衡)");
        assertThat(m.get(0).leadInvestors()).containsExactly("云杉资本");
    }

    @Test
    void acquisitionOfABusinessLineIsOfItsOwner() {
        List<Mention> m = run("3月12日，恒锐精工发布公告称，拟以现金方式收购北岸集团旗下汽车线缆业务50.1%股权，交易金额约为3.2亿欧元。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("北岸集团");
        assertThat(m.get(0).leadInvestors()).containsExactly("恒锐精工");
        assertThat(m.get(0).amount().toString()).isEqualTo("EUR 320000000");
    }

    @Test
    void cashOnHandIsNoRound() {
        List<Mention> m = run("星衡智能完成5亿元B轮融资。公司表示，完成本轮融资后，公司账上现金超过20亿元。");
        assertThat(m).extracting(x -> x.amount().toString()).containsExactly("CNY 500000000");
    }

    @Test
    void aDescriptionBeforeTheNameIsCutOff() {
        assertThat(HanNames.afterDescription("智能驾驶芯片及解决方案供应商星河机器人")).isEqualTo("智能驾驶芯片及解决方案供应商".length());
        assertThat(HanNames.afterDescription("高端电动车品牌极光")).isEqualTo("高端电动车品牌".length());
        assertThat(HanNames.afterDescription("星河机器人")).isZero();
        List<Mention> m = run("激光雷达生产商禾光今日在港交所主板上市，集资约41.6亿港元。");
        assertThat(m).extracting(Mention::company).containsExactly("禾光");
    }

    @Test
    void hongKongPagesWithAsciiCommasAreReadClauseByClause() {
        List<Mention> m = run("智能驾驶芯片供应商星河机器人(9660)今日在港交所主板上市,集资总额约54.07亿港元。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("星河机器人");
        assertThat(m.get(0).amount().toString()).isEqualTo("HKD 5407000000");
    }

    @Test
    void theCompanyFoundedByAPersonIsTheSubjectNotThePersonsFormerEmployer() {
        List<Mention> m = run("星川智能由云狐创始人李明于2023年4月创立，成立之初即获得5000万美元启动资金。");
        assertThat(m).extracting(Mention::company).containsExactly("星川智能");
    }

    @Test
    void aReporterLearningFromTheCompanyMakesItTheTopic() {
        List<Mention> m = run("记者从星川智能获悉，公司今日宣布完成A轮融资，融资金额50亿元人民币。");
        assertThat(m).extracting(Mention::company).containsExactly("星川智能");
    }

    @Test
    void aBareCodeInBracketsAfterAChineseNameIsItsStockCode() {
        List<Mention> m = run("芯片供应商星河机器人(9660)今日在港交所主板上市，集资总额约54.07亿港元，较招股价高28%。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).ticker()).isEqualTo("9660");
        assertThat(HanNames.isFragment("招股范围下限每股28港元")).isTrue();
    }

    @Test
    void thisCompanyPointsAtTheCompanyNamedLast() {
        List<Mention> m = run("18C通道的首单由星泰科技完成。这家以AI驱动药物研发的公司于6月13日在港交所上市，发行价5.28港元，募资总额约11.38亿港元。");
        assertThat(m).extracting(Mention::company).containsExactly("星泰科技");
        assertThat(m.get(0).amount().toString()).isEqualTo("HKD 1138000000");
    }

    @Test
    void grossProceedsAreTheAmountNotTheOfferPriceOrTheCosts() {
        List<Mention> m = run("禾光今日在港交所主板上市。以发售价计算，所得款项总额约41.6亿港元，扣除约1.55亿港元上市开支后，净筹约40.05亿港元。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).amount().toString()).isEqualTo("HKD 4160000000");
        assertThat(m.get(0).offerPrice()).isNull();
    }

    @Test
    void aStockCodeIsNoCompanyAndAHongKongMarkerNoPartOfTheName() {
        List<Mention> m = run("5月10日，吉光旗下电动车品牌极光在纽交所挂牌，股票代码ZK，每股ADS发行价21美元，募资约4.41亿美元。");
        assertThat(m).extracting(Mention::company).containsExactly("极光");
        assertThat(run("10月24日，星河机器人-W(09660.HK)在港交所主板挂牌，募资总额约54.07亿港元。")).extracting(Mention::ticker).containsExactly("9660");
    }

    @Test
    void theProceedsOfTheOfferingToldNextAndNotTheMarketsTotal() {
        List<Mention> m = run("仓储机器人供应商星智嘉(2590)今日在港交所主板挂牌上市。公司早前刊发招股章程，每股发售价定为16.80港元。"
                + "按发售股数计算，是次集资总额约23.6亿港元。据统计，今年上半年港股IPO集资额已突破1,000亿港元。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).amount().toString()).isEqualTo("HKD 2360000000");
    }

    @Test
    void aNameTheDocumentEstablishedIsANameWhereverItStands() {
        List<Mention> m = run("跨国车企星兰蒂与新势力车企零光汽车(09863.HK)昨日宣布达成战略合作。根据公告，星兰蒂将以约15亿欧元的价格认购零光汽车约20%的股份。");
        assertThat(m).extracting(x -> x.company() + " " + x.type().code() + " " + x.amount()).containsExactly("零光汽车 funding_round EUR 1500000000");
    }

    @Test
    void aListingToldWithTheLegalNameAndTheShortNameIsOneEvent() {
        List<Mention> m = run("昨日，北京星谱华章科技股份有限公司（简称\"星谱\"）在港交所主板正式挂牌，股票代码02599。"
                + "星谱本次全球发售的发行价为每股116.20港元，募资总额约43.48亿港元。");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).type()).isEqualTo(io.roundup.domain.EventType.IPO);
        assertThat(m.get(0).amount().toString()).isEqualTo("HKD 4348000000");
    }

    @Test
    void theTotalToldAfterTheSharesIsTheInvestment() {
        List<Mention> m = run("蔚光（09866）昨日公布，投资机构CYVN将以每股7.5美元，认购蔚光约2.94亿股新发行A类普通股，涉及现金总额22亿美元。");
        assertThat(m).extracting(x -> x.company() + " " + x.amount()).containsExactly("蔚光 USD 2200000000");
    }

    @Test
    void conditionsTimesCountsAndSuperlativesAreNoNames() {
        for (String run : List.of("若以发售价上限", "继云帆之后", "最后一", "上午10时同步", "下旬", "两股", "首三季共有45只新股", "成立仅约80天",
                "向云帆全体A股股东", "扣除", "上市前公司", "自动驾驶公司", "内地头部企业", "贷款作为资金来源")) {
            assertThat(HanNames.isFragment(run)).as(run).isTrue();
        }
        assertThat(HanNames.isFragment("杭州云帆智能科技有限公司")).isFalse();
    }

    @Test
    void aRunAfterAPrepositionOrInACompoundWithYuIsNoSubject() {
        assertThat(run("新规让专业机构来给风险定价，年内已有多家企业在科创板上市。")).isEmpty();
        assertThat(run("业内人士表示，这一变化的象征意义大于2026年上市数量的变化。")).isEmpty();
    }

    @Test
    void anOfficialsTitleEndsTheNameAndGovernmentIsNoCompany() {
        assertThat(run("财政司司长陈茂波表示，今年首三季共有45只新股在港上市，集资额约900亿港元。")).isEmpty();
        List<Mention> m = run("云帆科技创办人兼行政总裁李明表示，云帆科技今日在港交所主板上市，集资约12亿港元。");
        assertThat(m).extracting(Mention::company).containsExactly("云帆科技");
    }

    @Test
    void aNameMayStartWithAPronounsCharacter() {
        assertThat(HanNames.isFragment("它石云帆")).isFalse();
        assertThat(HanNames.isFragment("它们")).isTrue();
        assertThat(HanNames.isFragment("他表示")).isTrue();
    }

    @Test
    void aReportVerbEndsTheName() {
        assertThat(run("6月下旬，云帆科技被曝已完成C轮融资，腾讯等参与。")).extracting(Mention::company).containsExactly("云帆科技");
    }

    @Test
    void aListOfCompaniesOnePerParagraphNamesEachHead() {
        List<Mention> m = run("一是云帆科技。\n\n6月，这家由清华教授创立的公司宣布完成8亿元新一轮融资，由星海资本领投。");
        assertThat(m).extracting(Mention::company).containsExactly("云帆科技");
    }

    @Test
    void aVendorDescriptionAndALongRunBeforeFoundingLeaveTheName() {
        assertThat(HanNames.afterDescription("商用车智能驾驶方案商云帆智驾")).isEqualTo("商用车智能驾驶方案商".length());
        List<Mention> m = run("算上2024年那笔5亿元天使轮，云帆通用成立两年多累计融资已超过20亿元。");
        assertThat(m).extracting(Mention::company).containsExactly("云帆通用");
    }

    @Test
    void peopleConnectivesAndTimeSpansAreNoNames() {
        for (String run : List.of("李明等人", "以此计算", "起至下周一", "换言之今次新", "仍须完成相关程序", "半年多后即进行", "启动港股", "连续")) {
            assertThat(HanNames.isFragment(run)).as(run).isTrue();
        }
        assertThat(run("据IT桔子统计，今年前三季度机器人领域共完成融资386亿元。")).isEmpty();
    }

    @Test
    void germanSentenceAdverbsAndSeasonsAreNoNames() {
        assertThat(new EventExtractor(CompanyRegistry.empty()).extract(new Article("de.txt", "t", LocalDate.of(2025, 3, 14), "de",
                "Nur Pellwood sammelte im Herbst 20 Millionen Euro ein."))).extracting(Mention::company).containsExactly("Pellwood");
    }
}
