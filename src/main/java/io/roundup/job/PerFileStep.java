package io.roundup.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The worker of a load partitioned by file: each partition execution gets a chunk step built for
 * its own file, so partitions running side by side share no reader, filter or counter. The file
 * is kept in the partition's context, so a restart resumes each unfinished file where it stopped.
 */
final class PerFileStep implements Step {

    private static final String FILE = "file";

    private final String name;
    private final Function<Path, Step> stepForFile;

    PerFileStep(String name, Function<Path, Step> stepForFile) {
        this.name = name;
        this.stepForFile = stepForFile;
    }

    /** One partition per file, named by its position in name order. */
    static Partitioner byFile(Supplier<List<Path>> files) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            List<Path> all = files.get();
            for (int i = 0; i < all.size(); i++) {
                ExecutionContext ctx = new ExecutionContext();
                ctx.putString(FILE, all.get(i).toAbsolutePath().toString());
                partitions.put(String.format("file%05d", i), ctx);
            }
            return partitions;
        };
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        stepForFile.apply(Path.of(execution.getExecutionContext().getString(FILE))).execute(execution);
    }
}
