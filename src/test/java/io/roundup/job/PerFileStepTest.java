package io.roundup.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    @Test
    void runsAreCutWhereTheirNamesWouldPassTheLimit() {
        // "a.csv" is 5 bytes, 6 with its separator
        assertThat(PerFileStep.byNames(paths("a.csv", "b.csv", "c.csv", "d.csv", "e.csv"), 12))
                .containsExactly(paths("a.csv", "b.csv"), paths("c.csv", "d.csv"), paths("e.csv"));
        // a name longer than the limit still gets a run of its own
        assertThat(PerFileStep.byNames(paths("a.csv", "a-very-long-name.csv", "b.csv"), 12))
                .containsExactly(paths("a.csv"), paths("a-very-long-name.csv"), paths("b.csv"));
        assertThat(PerFileStep.byNames(List.of(), 12)).isEmpty();
    }

    @Test
    void everyPartitionContextStaysInline(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Path f = dir.resolve(String.format("HistoricalData_T%05d.csv", i));
            Files.writeString(f, "Date,Close/Last,Volume,Open,High,Low\n");
            files.add(f);
        }
        Map<String, ExecutionContext> partitions =
                PerFileStep.byFileGroups(() -> files, 8).partition(8);
        assertThat(partitions).hasSizeGreaterThan(8);
        List<Path> again = new ArrayList<>();
        var serializer = new DefaultExecutionContextSerializer();
        for (var ctx : partitions.values()) {
            again.addAll(PerFileStep.files(ctx));
            var bytes = new ByteArrayOutputStream();
            serializer.serialize(new HashMap<>(ctx.toMap()), bytes);
            // the step adds its reader's position and Spring Batch's own keys (about 300 more characters)
            assertThat(bytes.size()).as("serialized context").isLessThan(2_000);
        }
        assertThat(again).isEqualTo(files);
    }
}
