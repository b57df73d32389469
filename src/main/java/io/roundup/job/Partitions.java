package io.roundup.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

import java.util.Map;

/**
 * Where the partitions of a partitioned step run. Without a bean of this type they run in this
 * process, as they always did; {@code io.roundup.remote} provides one for {@code roundup.workers=remote}
 * that hands them to worker processes instead.
 */
public interface Partitions {

    /** The handler of {@code step}'s partitions; {@code local} is the one that runs them in this process. */
    PartitionHandler handler(String step, PartitionHandler local);

    /** How many partitions to cut {@code step}'s input into, where one process would cut {@code local}. */
    int groups(String step, int local);

    /**
     * The steps that run one partition, by the name a partition request gives, so that a worker
     * process runs exactly the step the manager's own process would have run.
     */
    record WorkerSteps(Map<String, Step> byName) {

        public WorkerSteps {
            byName = Map.copyOf(byName);
        }

        /** The worker step of this name; fails naming the known ones. */
        public Step get(String name) {
            Step step = byName.get(name);
            if (step == null) throw new IllegalArgumentException("no partitioned step '" + name + "'; known: " + byName.keySet());
            return step;
        }
    }
}
