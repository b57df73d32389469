package io.roundup.extract;

import io.roundup.extract.AmountRoles.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Valuations, conversions, ranges and non-event figures in German and Chinese (issue 6). */
class MultilingualAmountRolesTest {

    private static List<Role> roles(String clause) {
        return AmountRoles.classify(clause).stream().map(AmountRoles.RoledMoney::role).toList();
    }

    @Test
    void convertedFigureInBracketsIsTheSameMoney() {
        assertThat(roles("Mistral raised €1.7 billion ($1.9 billion) in a Series C")).containsExactly(Role.AMOUNT, Role.IGNORE);
        assertThat(roles("完成5亿美元（约合36亿元人民币）融资")).containsExactly(Role.AMOUNT, Role.IGNORE);
        assertThat(roles("hat 600 Mio. Euro (umgerechnet rund 650 Mio. Dollar) eingesammelt")).containsExactly(Role.AMOUNT, Role.IGNORE);
    }

    @Test
    void rangesHaveNoRole() {
        assertThat(roles("priced between HK$10 and HK$12 per share")).containsOnly(Role.IGNORE);
        assertThat(roles("seeking to raise $1 billion to $2 billion")).containsOnly(Role.IGNORE);
    }

    @Test
    void germanValuations() {
        assertThat(roles("Die Runde bewertet das Unternehmen mit 3,25 Milliarden Dollar.")).containsExactly(Role.POST_MONEY);
        assertThat(roles("xAI erreicht nach der Runde eine Bewertung von 230 Milliarden Dollar.")).containsExactly(Role.POST_MONEY);
        assertThat(roles("Mit der Finanzierungsrunde wird xAI mit 230 Milliarden Dollar bewertet.")).containsExactly(Role.POST_MONEY);
        assertThat(roles("bei einer Pre-Money-Bewertung von 200 Milliarden Dollar")).containsExactly(Role.PRE_MONEY);
        assertThat(roles("eine Bewertung von 5 Milliarden Euro vor dem Investment")).containsExactly(Role.PRE_MONEY);
        assertThat(roles("Mistral erhielt 1,7 Mrd. Euro, was einer Bewertung von 11,7 Mrd. Euro entspricht."))
                .containsExactly(Role.AMOUNT, Role.POST_MONEY);
    }

    @Test
    void chineseValuations() {
        assertThat(roles("投后估值为30亿美元")).containsExactly(Role.POST_MONEY);
        assertThat(roles("以40亿美元投前估值")).containsExactly(Role.PRE_MONEY);
        assertThat(roles("金额约6亿美元，投前估值40亿美元")).containsExactly(Role.AMOUNT, Role.PRE_MONEY);
    }

    @Test
    void notEventsInGermanAndChinese() {
        assertThat(roles("Der Börsenwert von Nvidia stieg auf 4 Billionen Dollar.")).containsExactly(Role.IGNORE);
        assertThat(roles("Der Umsatz lag bei 100 Mio. Euro")).containsExactly(Role.IGNORE);
        assertThat(roles("Anthropic hat insgesamt mehr als 10 Milliarden Dollar eingesammelt.")).containsExactly(Role.IGNORE);
        assertThat(roles("英伟达市值盘中突破5万亿美元")).containsExactly(Role.IGNORE);
        assertThat(roles("OpenAI累计融资已超过600亿美元")).containsExactly(Role.IGNORE);
        assertThat(roles("宣布完成一只规模为80亿元的人民币基金募集")).containsExactly(Role.IGNORE);
        assertThat(roles("公司去年营收达到20亿元")).containsExactly(Role.IGNORE);
    }
}
