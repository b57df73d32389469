package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Company;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembler and the merger, through the public API. */
class EventExtractorTest {

    private static final LocalDate PUB = LocalDate.of(2026, 1, 9);

    private static List<Mention> run(String body) {
        return run(CompanyRegistry.empty(), body, PUB);
    }

    private static List<Mention> run(CompanyRegistry registry, String body, LocalDate published) {
        return new EventExtractor(registry).extract(new Article("a.txt", "t", published, "en", body));
    }

    @Test
    void emptyOrMissingBody() {
        assertThat(run("")).isEmpty();
        assertThat(new EventExtractor(null).extract(new Article("a.txt", "t", null, "en", null))).isEmpty();
    }

    @Test
    void oneRoundWithAllFields() {
        List<Mention> m = run("Mistral AI said on Tuesday it had raised €600 million in a Series B led by General Catalyst, "
                + "with participation from Nvidia. The round values the company at €5.8 billion.");
        assertThat(m).hasSize(1);
        Mention x = m.get(0);
        assertThat(x.file()).isEqualTo("a.txt");
        assertThat(x.company()).isEqualTo("Mistral AI");
        assertThat(x.type()).isEqualTo(EventType.FUNDING_ROUND);
        assertThat(x.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(x.amount().toString()).isEqualTo("EUR 600000000");
        assertThat(x.postMoney().toString()).isEqualTo("EUR 5800000000");
        assertThat(x.roundLabel()).isEqualTo("Series B");
        assertThat(x.date()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(x.leadInvestors()).containsExactly("General Catalyst");
        assertThat(x.evidence()).startsWith("Mistral AI said on Tuesday");
    }

    @Test
    void ipoToldAcrossSentencesIsOneEvent() {
        List<Mention> m = run("On January 8th, Zhipu (02513.HK) officially listed on the Hong Kong Stock Exchange.\n\n"
                + "The issue price was HK$116.20, and the closing price HK$131.50.\n\n"
                + "Zhipu raised HK$4.348 billion through its IPO.");
        assertThat(m).hasSize(1);
        Mention z = m.get(0);
        assertThat(z.type()).isEqualTo(EventType.IPO);
        assertThat(z.date()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(z.ticker()).isEqualTo("2513");
        assertThat(z.exchange()).isEqualTo("HKEX");
        assertThat(z.proceeds().toString()).isEqualTo("HKD 4348000000");
        assertThat(z.amount()).isEqualTo(z.proceeds());
    }

    @Test
    void parallelClausesInheritTheKindOfEvent() {
        List<Mention> m = run("Zhipu raised HK$4.348 billion through its IPO, while MiniMax secured HK$4.82 billion.");
        assertThat(m).extracting(Mention::company).containsExactly("Zhipu", "MiniMax");
        assertThat(m).extracting(Mention::type).containsOnly(EventType.IPO);
    }

    @Test
    void acquisitionsActivePassiveAndNoun() {
        List<Mention> a = run("Meta just spent billions of dollars to acquire Manus, a Chinese AI agent startup, a deal that still requires approval.");
        assertThat(a).hasSize(1);
        assertThat(a.get(0).company()).isEqualTo("Manus");
        assertThat(a.get(0).leadInvestors()).containsExactly("Meta");
        assertThat(a.get(0).amount()).isNull();
        assertThat(a.get(0).status()).isEqualTo(EventStatus.ANNOUNCED);

        List<Mention> p = run("Nimbus Robotics has been acquired by Vantage Group for $1.2 billion.");
        assertThat(p).extracting(Mention::company).containsExactly("Nimbus Robotics");
        assertThat(p.get(0).leadInvestors()).containsExactly("Vantage Group");

        List<Mention> n = run("It comes years after Salesforce's $15.7 billion takeover of Tableau in 2019.");
        assertThat(n).extracting(Mention::company).containsExactly("Tableau");
        assertThat(n.get(0).leadInvestors()).containsExactly("Salesforce");
    }

    @Test
    void notEvents() {
        assertThat(run("Anthropic unveiled plans to acquire nearly 1 million TPU v7p chips for its data center.")).isEmpty();
        assertThat(run("Baichuan Intelligence and 01.AI have not publicly announced new funding rounds in 2025.")).isEmpty();
        assertThat(run("Zhipu's closing market value today stands at nearly HK$60 billion.")).isEmpty();
        assertThat(run("Alibaba announced plans to invest over 380 billion yuan in the AI field over the next three years.")).isEmpty();
        assertThat(run("Given their lofty valuations, OpenAI, Anthropic, and xAI are all poised to list on the U.S. stock market.")).isEmpty();
        assertThat(run("After all, if SoftBank has already raised $40 billion for OpenAI, who else can step in?")).isEmpty();
        assertThat(run("Venture firm Birchwood Capital closed a $2 billion fund to back early-stage AI companies.")).isEmpty();
        assertThat(run("Steenburgen bought a house in Nashville.")).isEmpty();
    }

    @Test
    void mediaWordsAndPossessorsAreNotCompanies() {
        List<Mention> m = run("Lumen Labs said on Monday it had raised $300 million at a valuation of $4 billion.\n\n"
                + "Reports in May had put the size of the round at about $250 million.\n\n"
                + "The round values Jane Doe's company at about $4 billion.");
        assertThat(m).extracting(Mention::company).containsOnly("Lumen Labs");
        List<Mention> n = run("The round values Sam Altman's start-up at $500 million.");
        assertThat(n).extracting(Mention::company).doesNotContain("Sam Altman");
    }

    @Test
    void theMoneyGoesToWhoFollowsForWhenTheSubjectIsAPronoun() {
        List<Mention> m = run("Nimbus Systems made its debut on the Nasdaq on Thursday under the ticker NMBS.\n\n"
                + "The offering raised $900 million for Orion Holdings, Nimbus's parent, and was the largest initial public offering of the month.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("Nimbus Systems");
        assertThat(m.get(0).amount().toString()).isEqualTo("USD 900000000");
    }

    @Test
    void commitmentsAndProjectFinanceAreNotRounds() {
        assertThat(run("In February, Groq secured a $1.5 billion commitment from Saudi Arabia to expand its inference capacity.")).isEmpty();
        assertThat(run("Meta arranged some $27 billion of financing with Blue Owl Capital for its Hyperion data-centre campus in Louisiana.")).isEmpty();
    }

    @Test
    void planAndCompletedRoundOfOneCompanyStayApart() {
        List<Mention> m = run("OpenAI is planning a $100 billion funding round at an $830 billion valuation. "
                + "Just recently, in October 2025, OpenAI completed a new funding round at a $500 billion valuation.");
        assertThat(m).hasSize(2);
        assertThat(m.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(m.get(1).status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(m.get(1).date()).isNull();
    }

    @Test
    void pronounsReferToTheLastEvent() {
        List<Mention> m = run("Cohere said on Thursday that it had raised $500 million at a valuation of $6.8 billion.\n\n"
                + "The round was co-led by Radical Ventures and Inovia Capital. Nvidia also invested.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).leadInvestors()).containsExactly("Radical Ventures", "Inovia Capital");
    }

    @Test
    void relativeDateAnchoredOnTheLastDay() {
        List<Mention> m = run("On January 8th Zhipu listed in Hong Kong.\n\nIts success helps MiniMax, which is slated to go public the following day.");
        Mention mini = m.stream().filter(x -> x.company().equals("MiniMax")).findFirst().orElseThrow();
        assertThat(mini.date()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(mini.type()).isEqualTo(EventType.IPO);
    }

    @Test
    void registryGivesCanonicalNames() {
        CompanyRegistry reg = new CompanyRegistry(List.of(
                new Company("Moonshot AI", List.of("Kimi", "YueZhiAnMian", "月之暗面"), "CN", null, null, null)));
        List<Mention> m = run(reg, "Meanwhile, YueZhiAnMian (Kimi) announced the completion of its latest funding round "
                + "on the last day of 2025, with a valuation of approximately $4.3 billion.", PUB);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("Moonshot AI");
        assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(m.get(0).postMoney().toString()).isEqualTo("USD 4300000000");
        assertThat(m.get(0).amount()).isNull();
    }

    @Test
    void chineseRound() {
        List<Mention> m = run(CompanyRegistry.empty(), "本周，王小川创办的百川智能宣布完成A轮融资，融资金额为50亿元人民币，投后估值达到200亿元。", LocalDate.of(2024, 7, 26));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("百川智能");
        assertThat(m.get(0).amount().toString()).isEqualTo("CNY 5000000000");
        assertThat(m.get(0).postMoney().toString()).isEqualTo("CNY 20000000000");
        assertThat(m.get(0).roundLabel()).isEqualTo("Series A");
    }

    @Test
    void noPublicationDateStillWorks() {
        List<Mention> m = run(CompanyRegistry.empty(), "xAI said on Monday that it had closed a $6 billion Series C round.", null);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).date()).isNull();
        assertThat(m.get(0).amount().toString()).isEqualTo("USD 6000000000");
    }

    @Test
    void chineseIpoAndAcquisition() {
        List<Mention> m = run(CompanyRegistry.empty(), "1月8日，智谱（02513.HK）正式在港交所挂牌上市，发行价为每股116.2港元，募资总额约43.48亿港元。\n\n"
                + "此外，阿里巴巴以约20亿美元收购了AI公司深度智能的全部股权。", PUB);
        assertThat(m).hasSize(2);
        Mention ipo = m.get(0);
        assertThat(ipo.company()).isEqualTo("智谱");
        assertThat(ipo.type()).isEqualTo(EventType.IPO);
        assertThat(ipo.date()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(ipo.ticker()).isEqualTo("2513");
        assertThat(ipo.exchange()).isEqualTo("HKEX");
        assertThat(ipo.offerPrice().toString()).isEqualTo("HKD 116.2");
        assertThat(ipo.proceeds().toString()).isEqualTo("HKD 4348000000");
        Mention acq = m.get(1);
        assertThat(acq.company()).isEqualTo("深度智能");
        assertThat(acq.type()).isEqualTo(EventType.ACQUISITION);
        assertThat(acq.leadInvestors()).containsExactly("阿里巴巴");
        assertThat(acq.amount().toString()).isEqualTo("USD 2000000000");
    }

    @Test
    void datelineIsPublicationNotEventDay() {
        List<Mention> m = run(CompanyRegistry.empty(), "BEIJING, July 26, 2024 (ChinaVC News) — Baichuan Intelligence, the start-up led by "
                + "Sogou founder Wang Xiaochuan, said this week that it had closed a Series A round of 5 billion yuan.", null);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("Baichuan Intelligence");
        assertThat(m.get(0).date()).isNull();
        assertThat(m.get(0).leadInvestors()).isEmpty();
    }

    @Test
    void productNamesDescribeTheCompanyTold() {
        List<Mention> m = run("OpenAI is preparing the biggest round of all. The ChatGPT maker is planning to raise as much as "
                + "$100 billion at a valuation of about $830 billion.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("OpenAI");
        assertThat(m.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void oneInvestorsSliceIsNotARound() {
        List<Mention> m = run("Mistral AI has raised €1.7 billion in a Series C round led by ASML. "
                + "ASML accounts for €1.3 billion of the round. Nvidia invested $500 million in xAI's latest round.");
        assertThat(m).extracting(Mention::company).containsExactly("Mistral AI");
        assertThat(m.get(0).leadInvestors()).containsExactly("ASML");
    }

    @Test
    void ipoHearingIsPlannedAndRoundLabelKeepsPlus() {
        List<Mention> m = run("On December 2nd, MiniMax passed the listing hearing of the Hong Kong Stock Exchange. "
                + "StepFun completed a Series B+ financing of $500 million last month.");
        assertThat(m).hasSize(2);
        assertThat(m.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(m.get(0).exchange()).isEqualTo("HKEX");
        assertThat(m.get(1).roundLabel()).isEqualTo("Series B+");
        assertThat(m.get(1).date()).isNull();
    }

    @Test
    void roundUpLinesAndClausesEachTellTheirOwnCompany() {
        List<Mention> m = run("Rivals have also raised: Brightloom took $25 million in May, while Corvana is seeking $60 million.\n\n"
                + "- Axiomata raised $10 million in seed funding led by Index Ventures.\n"
                + "- Bellweather closed a $22 million Series A, led by Accel.");
        assertThat(m).extracting(Mention::company).containsExactly("Brightloom", "Corvana", "Axiomata", "Bellweather");
        assertThat(m.get(1).status()).isEqualTo(EventStatus.IN_TALKS);
        assertThat(m.get(3).leadInvestors()).containsExactly("Accel");
    }

    @Test
    void aWeakVerbCountsOnlyWithAnAmountRightAfterIt() {
        assertThat(run("Torvane took $25 million from Foo Ventures in its Series A.")).extracting(Mention::company).containsExactly("Torvane");
        assertThat(run("Torvane took a stake in Brindle last year and got a seat on its board.")).isEmpty();
    }

    @Test
    void outletsAndPeopleAreNotTheCompany() {
        List<Mention> m = run("According to Dealwire, Halcyon Robotics raised $80 million in a Series B last week. "
                + "Rivals have raised too.");
        assertThat(m).extracting(Mention::company).containsExactly("Halcyon Robotics");
        assertThat(run("Co-founder Maya Lindqvist raised $4 million for the studio.")).isEmpty();
    }

    @Test
    void moneyPutIntoACompanyOrPaidForAStakeIsItsRound() {
        List<Mention> m = run("Harbor Fund put 2 billion yuan into the start-up Zhenyu Tech last month.");
        assertThat(m).extracting(Mention::company).containsExactly("Zhenyu Tech");
        assertThat(m.get(0).leadInvestors()).containsExactly("Harbor Fund");
        List<Mention> s = run("Brightsail paid $2 billion for a 30% stake in Wavefront Labs.");
        assertThat(s).extracting(Mention::company).containsExactly("Wavefront Labs");
        assertThat(s.get(0).amount().toString()).isEqualTo("USD 2000000000");
        assertThat(s.get(0).leadInvestors()).containsExactly("Brightsail");
    }

    @Test
    void anIpoFilingWithItsTickerIsOneEventOfTheIssuer() {
        List<Mention> m = run("Quintessa filed for an IPO on the Nasdaq under the ticker QNTS, seeking to raise up to $500 million.");
        assertThat(m).extracting(Mention::company).containsExactly("Quintessa");
        assertThat(m.get(0).ticker()).isEqualTo("QNTS");
        assertThat(m.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aSectorWordBeforeTheNameIsItsDescription() {
        assertThat(run("Fintech Lumivo, based in Berlin, landed $45M in Series B funding led by Creandum."))
                .extracting(Mention::company).containsExactly("Lumivo");
    }

    @Test
    void aCompanyComingOutOfStealthWithMoneyTellsItsRound() {
        List<Mention> m = run("Dana Kapoor's new venture, Orrery, emerged from stealth with $30 million from Sequoia.");
        assertThat(m).extracting(Mention::company).containsExactly("Orrery");
        assertThat(m.get(0).amount().toString()).isEqualTo("USD 30000000");
        assertThat(run("Orrery emerged from stealth on Monday to build chips.")).isEmpty();
    }

    @Test
    void aParagraphThatOpensWithItsCompanyGivesTheReferentOfTheCompany() {
        List<Mention> m = run("Corvane — The defence group closed a $2.5 billion Series G, led by Founders Fund.\n\n"
                + "Tessaly — Europe's answer to Corvane. The Munich company took in €600 million in a round led by Prima Materia.");
        assertThat(m).extracting(Mention::company).containsExactly("Corvane", "Tessaly");
        assertThat(m.get(1).amount().toString()).isEqualTo("EUR 600000000");
    }

    @Test
    void aClauseWithoutANameOrAWordReferringBackIsAboutNoCompanyToldBefore() {
        List<Mention> m = run("Brightloom raised $25 million in May. Several robot makers are preparing listings in Hong Kong.");
        assertThat(m).extracting(Mention::type).containsExactly(EventType.FUNDING_ROUND);
        assertThat(run("Brightloom raised $25 million in May. In 2023 the company raised a $5 million seed round."))
                .extracting(Mention::company).containsExactly("Brightloom", "Brightloom");
    }

    @Test
    void aGermanPlaceAdjectiveIsNoPartOfTheName() {
        assertThat(run("Der Kölner Übersetzungsdienst Lingvo hat 300 Millionen Dollar eingesammelt.")).extracting(Mention::company)
                .containsExactly("Lingvo");
    }

    @Test
    void aVentureFirmsNewFundsAndTheirPartsAreNoRound() {
        assertThat(run("Harbor Peak said it had closed $8 billion for its twelfth fund family, its largest ever.")).isEmpty();
        assertThat(run("Tallow Partners raised $7.2 billion across several vehicles, including $3.75 billion for growth investments, "
                + "$1.25 billion for AI infrastructure and $600 million for games.")).isEmpty();
    }

    @Test
    void aParagraphOpeningWithItsCompanyAndACopulaGivesTheReferent() {
        List<Mention> m = run("Brightloom raised $25 million in May.\n\nVeltrix Systems is the obvious benchmark. The wafer-scale chipmaker "
                + "raised $1.1 billion in a Series G on September 30.");
        assertThat(m).extracting(Mention::company).containsExactly("Brightloom", "Veltrix Systems");
    }

    @Test
    void rupeesCroresAndLakhs() {
        List<Mention> m = run("The startup Kestrel raised Rs 500 crore in a Series C led by Peak XV.");
        assertThat(m).extracting(Mention::company).containsExactly("Kestrel");
        assertThat(m.get(0).amount().toString()).isEqualTo("INR 5000000000");
        assertThat(run("Lenscove listed on the National Stock Exchange on Monday after a 72.78 billion rupee IPO."))
                .extracting(x -> x.company() + " " + x.amount()).containsExactly("Lenscove INR 72780000000");
    }

    @Test
    void aNegationEndsAtItsCommas() {
        List<Mention> m = run("Krutam, which became the country's fastest unicorn after raising $50 million at a $1 billion valuation "
                + "in January 2024, has not announced any listing plans.");
        assertThat(m).extracting(x -> x.company() + " " + x.type().code()).containsExactly("Krutam funding_round");
        assertThat(run("Krutam has not raised $50 million, a spokesman said.")).isEmpty();
    }

    @Test
    void thatRoundClosingAndMoneyDisclosedAreRounds() {
        List<Mention> m = run("Figurine was negotiating its Series B at a $1.9 billion pre-money valuation; that round eventually closed at $675 million.");
        assertThat(m).extracting(x -> x.company() + " " + x.amount()).contains("Figurine USD 675000000");
        assertThat(run("Fielder, which builds robot brains, disclosed $405 million across two back-to-back rounds last August."))
                .extracting(Mention::company).containsExactly("Fielder");
    }

    @Test
    void listicleEntriesHeadedByTheirCompany() {
        List<Mention> m = run("Rivala (NYSE: RVLA). The social platform priced its offering at $34 a share on March 20, and the deal raised about $748 million.\n\n"
                + "Taken together, the five companies raised a little over $3 billion.");
        assertThat(m).extracting(x -> x.company() + " " + x.amount()).containsExactly("Rivala USD 748000000");
        List<Mention> g = run("1. Neuralis Robotics (Metzingen) – 120 Mio. Euro\n\n"
                + "Die Series B über 120 Millionen Euro wurde von Lingotto Investment Management angeführt.");
        assertThat(g).hasSize(1);
        assertThat(g.get(0).company()).startsWith("Neuralis Robotics");
    }

    @Test
    void theFullestNameTheDocumentGivesIsReported() {
        List<Mention> m = run("Proxima Fusion raised €130 million in a Series A. In April 2024 Proxima had closed a €20 million seed round.");
        assertThat(m).extracting(Mention::company).containsExactly("Proxima Fusion", "Proxima Fusion");
        assertThat(run("The two companies announced that Brightloom raised €130 million.")).extracting(Mention::company).containsExactly("Brightloom");
    }

    @Test
    void itRefersToTheCompanyTheLastSentenceOpenedWithOrNamed() {
        List<Mention> m = run("Halden agreed to buy Quoll for $1.1 billion. Halden can use its shares as currency. "
                + "In March it raised $40 billion in a round led by Sunbank.");
        assertThat(m).extracting(x -> x.company() + " " + x.type().code()).containsExactly("Quoll acquisition", "Halden funding_round");
        assertThat(run("That network is the product of Brightmind Robotics, a young start-up. In November it raised $400 million."))
                .extracting(Mention::company).containsExactly("Brightmind Robotics");
    }

    @Test
    void aClauseStartingWithThenContinuesItsSubject() {
        List<Mention> m = run("Zippo, which delivers groceries, raised $665 million in June, then added $340 million in August "
                + "in a round led by General Catalyst.");
        assertThat(m).extracting(x -> x.company() + " " + x.amount()).containsExactly("Zippo USD 665000000", "Zippo USD 340000000");
    }

    @Test
    void aNameJoinedToAPersonIsAPerson() {
        List<Mention> m = run("Sakura Labs, founded by former researchers David Ho and Llion Jarvis, closed a Series A of about ¥30 billion.");
        assertThat(m).extracting(Mention::company).containsExactly("Sakura Labs");
    }
}
