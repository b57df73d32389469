package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusLexiconTest {

    private static EventStatus f(String s) {
        return StatusLexicon.classify(s, EventType.FUNDING_ROUND);
    }

    @Test
    void completedWording() {
        assertThat(f("xAI announced the completion of a $20 billion funding round")).isEqualTo(EventStatus.COMPLETED);
        assertThat(f("Anthropic has closed a $3.5 billion Series E")).isEqualTo(EventStatus.COMPLETED);
        assertThat(f("Mistral raised €600 million")).isEqualTo(EventStatus.COMPLETED);
        assertThat(StatusLexicon.classify("Zhipu made history by officially listing on the HKEX", EventType.IPO)).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void talksPlansAndHearsay() {
        assertThat(f("Anthropic is reportedly in the midst of a new funding round, which would value the company at $350 billion"))
                .isEqualTo(EventStatus.IN_TALKS);
        assertThat(f("OpenAI is in talks to raise up to $40 billion")).isEqualTo(EventStatus.IN_TALKS);
        assertThat(f("OpenAI is planning a $100 billion funding round")).isEqualTo(EventStatus.PLANNED);
        assertThat(StatusLexicon.classify("MiniMax, which is slated to go public the following day", EventType.IPO)).isEqualTo(EventStatus.PLANNED);
        assertThat(f("Moonshot has reportedly raised $1 billion")).isEqualTo(EventStatus.REPORTED);
    }

    @Test
    void agreementsAreAnnounced() {
        assertThat(StatusLexicon.classify("Salesforce agreed to acquire Informatica", EventType.ACQUISITION)).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(StatusLexicon.classify("Meta spent billions to acquire Manus, a deal that still requires approval", EventType.ACQUISITION))
                .isEqualTo(EventStatus.ANNOUNCED);
        assertThat(StatusLexicon.classify("Google has acquired DeepMind", EventType.ACQUISITION)).isEqualTo(EventStatus.COMPLETED);
        assertThat(f("Databricks said it is raising $10 billion")).isEqualTo(EventStatus.ANNOUNCED);
    }

    @Test
    void negativesAndSpeculation() {
        assertThat(StatusLexicon.isNegative("01.AI and StepFun have not publicly announced new funding rounds")).isTrue();
        assertThat(StatusLexicon.isNegative("those talks ended without an agreement")).isTrue();
        assertThat(StatusLexicon.isNegative("公司未披露领投方")).isFalse();
        assertThat(StatusLexicon.isNegative("xAI raised $6 billion")).isFalse();
        assertThat(StatusLexicon.isSpeculative("OpenAI, Anthropic, and xAI are all poised to list")).isTrue();
        assertThat(StatusLexicon.isSpeculative("xAI raised $6 billion")).isFalse();
    }
}
