package io.roundup.job;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PerFileStepTest {

    private static List<Path> paths(String... names) {
        return java.util.Arrays.stream(names).map(Path::of).toList();
    }

    @Test
    void runsAreNeighboursInNameOrderOfAboutEqualBytes() {
        Map<String, Long> sizes = Map.of("d", 10L, "a", 10L, "c", 10L, "b", 10L, "f", 40L, "e", 20L);
        List<List<Path>> runs = PerFileStep.runs(paths("f", "e", "d", "c", "b", "a"), p -> sizes.get(p.toString()), 3);
        assertThat(runs).containsExactly(paths("a", "b", "c"), paths("d", "e"), paths("f"));
    }

    @Test
    void neverMoreRunsThanFilesAndNoEmptyRun() {
        assertThat(PerFileStep.runs(paths("a", "b"), p -> 5, 8)).containsExactly(paths("a"), paths("b"));
        // one huge file first: the rest still spread over the remaining runs
        Map<String, Long> sizes = Map.of("a", 1000L, "b", 1L, "c", 1L, "d", 1L);
        assertThat(PerFileStep.runs(paths("a", "b", "c", "d"), p -> sizes.get(p.toString()), 3))
                .containsExactly(paths("a"), paths("b"), paths("c", "d"));
        assertThat(PerFileStep.runs(paths("a", "b", "c"), p -> 0, 2)).containsExactly(paths("a", "b"), paths("c"));
        assertThat(PerFileStep.runs(List.of(), p -> 0, 4)).isEmpty();
    }
}
