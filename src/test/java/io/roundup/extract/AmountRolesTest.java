package io.roundup.extract;

import io.roundup.extract.AmountRoles.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRolesTest {

    private static List<Role> roles(String clause) {
        return AmountRoles.classify(clause).stream().map(AmountRoles.RoledMoney::role).toList();
    }

    @Test
    void roundAmountTargetAndValuation() {
        assertThat(roles("xAI announced the completion of a staggering $20 billion funding round, surpassing its initial target of $15 billion, with a post-investment valuation soaring to $230 billion."))
                .containsExactly(Role.AMOUNT, Role.IGNORE, Role.POST_MONEY);
        assertThat(roles("OpenAI is planning a $100 billion funding round at an $830 billion valuation."))
                .containsExactly(Role.AMOUNT, Role.POST_MONEY);
        assertThat(roles("aiming for $10 billion, which would value the company at $350 billion"))
                .containsExactly(Role.AMOUNT, Role.POST_MONEY);
        assertThat(roles("The round values the one-year-old company at €5.8 billion."))
                .containsExactly(Role.POST_MONEY);
    }

    @Test
    void preMoney() {
        assertThat(roles("raised $6 billion in a Series B at a pre-money valuation of $18 billion"))
                .containsExactly(Role.AMOUNT, Role.PRE_MONEY);
        assertThat(roles("The deal would value OpenAI at $260 billion before the new money."))
                .containsExactly(Role.PRE_MONEY);
        assertThat(roles("融资金额为50亿元人民币，投后估值达到200亿元")).containsExactly(Role.AMOUNT, Role.POST_MONEY);
    }

    @Test
    void listingFactsAreNotAmounts() {
        assertThat(roles("an issue price of HK$116.20, an opening price of HK$120.00, a low of HK$116.10, a peak market capitalization of HK$59.4 billion, a trading volume of HK$2.229 billion"))
                .containsExactly(Role.OFFER_PRICE, Role.IGNORE, Role.IGNORE, Role.IGNORE, Role.IGNORE);
        assertThat(roles("priced its initial public offering at $40 a share, raising US$1.5 billion"))
                .containsExactly(Role.OFFER_PRICE, Role.AMOUNT);
    }

    @Test
    void slicesTotalsRevenueCapexAndDebt() {
        assertThat(roles("at a $500 billion valuation, including a $40 billion commitment from SoftBank"))
                .containsExactly(Role.POST_MONEY, Role.IGNORE);
        assertThat(roles("Counting both, Databricks has raised $15.25 billion of new capital")).containsExactly(Role.IGNORE);
        assertThat(roles("it has raised $8 billion to date")).containsExactly(Role.IGNORE);
        assertThat(roles("revenue of about $1.9 billion for 2024")).containsExactly(Role.IGNORE);
        assertThat(roles("he announced plans to invest over 380 billion yuan in the AI field")).containsExactly(Role.IGNORE);
        assertThat(roles("the company has lined up $5.25 billion of debt financing")).containsExactly(Role.IGNORE);
        assertThat(roles("earlier reports put the target at around $5 billion, and later at $10 billion"))
                .containsExactly(Role.IGNORE, Role.IGNORE);
        assertThat(roles("shoppers can save $100 with financing")).containsExactly(Role.IGNORE);
    }

    @Test
    void commitmentsContractsAndProjectFinanceAreNotRounds() {
        assertThat(roles("Groq secured a $1.5 billion commitment from Saudi Arabia")).containsExactly(Role.IGNORE);
        assertThat(roles("Lambda landed a $1.2 billion contract with Microsoft")).containsExactly(Role.IGNORE);
        assertThat(roles("the start-up won a $20 million grant from the state")).containsExactly(Role.IGNORE);
        assertThat(roles("Meta arranged some $27 billion of financing with Blue Owl Capital for its Hyperion data-centre campus"))
                .containsExactly(Role.IGNORE);
        assertThat(roles("Crusoe obtained $11.6 billion of debt and equity financing for its Abilene data center project"))
                .containsExactly(Role.IGNORE);
        // money for the company itself stays a round
        assertThat(roles("Crusoe raised $1.4 billion in funding for its expansion")).containsExactly(Role.AMOUNT);
    }

    @Test
    void perSharePriceOfDepositaryShares() {
        assertThat(roles("pricing its initial public offering at $51 per American depositary share")).containsExactly(Role.OFFER_PRICE);
        assertThat(roles("sold shares at $17 per ADS")).containsExactly(Role.OFFER_PRICE);
    }

    @Test
    void dealValues() {
        assertThat(roles("to acquire Informatica in a deal with an equity value of about $8 billion")).containsExactly(Role.AMOUNT);
        assertThat(roles("agreed to buy Silo AI for about $665 million in cash")).containsExactly(Role.AMOUNT);
    }
}
