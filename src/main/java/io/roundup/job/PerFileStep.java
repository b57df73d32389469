package io.roundup.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The worker of a load partitioned by file: each partition execution gets a chunk step built for
 * its own files, so partitions running side by side share no reader, filter or counter. The files
 * are kept in the partition's context, so a restart resumes each unfinished partition where it
 * stopped, over the same files.
 */
final class PerFileStep implements Step {

    private static final String DIR = "dir";
    private static final String FILES = "files";

    private final String name;
    private final Function<List<Path>, Step> stepForFiles;

    PerFileStep(String name, Function<List<Path>, Step> stepForFiles) {
        this.name = name;
        this.stepForFiles = stepForFiles;
    }

    /**
     * At most {@code groups} partitions of whole files, about equal in bytes (largest file first onto
     * the lightest partition), each listing its files in name order. Not one partition per file:
     * every partition is a step execution with its own bookkeeping and commits, which on thousands
     * of small daily files cost more than the rows.
     */
    static Partitioner byFileGroups(Supplier<List<Path>> files, int groups) {
        return gridSize -> {
            List<Path> all = files.get();
            int n = Math.min(all.size(), Math.max(1, groups));
            List<List<Path>> parts = new ArrayList<>();
            long[] bytes = new long[n];
            for (int i = 0; i < n; i++) parts.add(new ArrayList<>());
            List<Path> bySize = new ArrayList<>(all);
            bySize.sort(Comparator.comparingLong(PerFileStep::size).reversed().thenComparing(Comparator.naturalOrder()));
            for (Path f : bySize) {
                int lightest = 0;
                for (int i = 1; i < n; i++) if (bytes[i] < bytes[lightest]) lightest = i;
                parts.get(lightest).add(f);
                bytes[lightest] += size(f);
            }
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                List<Path> part = parts.get(i).stream().sorted().toList();
                ExecutionContext ctx = new ExecutionContext();
                // names relative to one folder keep the context small: it is saved at every commit
                Path dir = part.get(0).toAbsolutePath().getParent();
                ctx.putString(DIR, dir.toString());
                ctx.putString(FILES, String.join("\n", part.stream().map(f -> relative(dir, f)).toList()));
                partitions.put(String.format("files%03d", i), ctx);
            }
            return partitions;
        };
    }

    private static String relative(Path dir, Path file) {
        Path abs = file.toAbsolutePath();
        return abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot size " + f, e);
        }
    }

    /** The files of one partition, from its context. */
    static List<Path> files(ExecutionContext ctx) {
        Path dir = Path.of(ctx.getString(DIR));
        return ctx.getString(FILES).lines().map(dir::resolve).toList();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        stepForFiles.apply(files(execution.getExecutionContext())).execute(execution);
    }
}
