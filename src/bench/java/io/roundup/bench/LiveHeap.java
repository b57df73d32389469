package io.roundup.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heap still in use right after a full collection: the live data. Read from the collector's
 * own record of the pools at the end of that collection, not from the heap's usage a moment later:
 * by then the running threads have taken fresh allocation buffers (whole 1 MB regions under G1),
 * which showed up as "spikes" of up to 10 MB that no class histogram could find.
 */
final class LiveHeap {

    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private LiveHeap() {
    }

    /** Forces a full collection and returns the bytes of heap in use when it ended. */
    static long collect() {
        long[] before = COLLECTORS.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
        System.gc();
        GcInfo last = null;
        for (int i = 0; i < COLLECTORS.size(); i++) {
            GcInfo info = COLLECTORS.get(i).getLastGcInfo();
            // the collection System.gc() ran is the latest one of a collector that counted it
            if (info != null && COLLECTORS.get(i).getCollectionCount() > before[i]
                    && (last == null || info.getEndTime() > last.getEndTime())) last = info;
        }
        if (last == null) return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return last.getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> HEAP_POOLS.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
