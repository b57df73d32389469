package io.roundup.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Batch's Micrometer observations are on: the job and each of its steps time themselves. */
class ObservationsTest {

    @Test
    void theJobAndEveryStepAreTimed(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        List<String> args = List.of("--roundup.input=" + f.input, "--roundup.output=" + f.output);
        int code = Ops.withContext(args, "test", true, true, context -> {
            int run = Ops.runner(context).underLock(recovered -> Ops.runner(context).launch(Ops.parameters(LocalDate.of(2026, 1, 8))));
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Timer job = meters.find("spring.batch.job").tag("spring.batch.job.name", "roundup").timer();
            assertThat(job).as(meters.getMeters().stream().map(m -> m.getId().toString()).toList().toString()).isNotNull();
            assertThat(job.count()).isEqualTo(1);
            assertThat(job.totalTime(TimeUnit.NANOSECONDS)).isPositive();
            for (String step : List.of("loadCompanies", "extractEvents", "writeOutputs")) {
                assertThat(meters.find("spring.batch.step").tag("spring.batch.step.name", step).timer()).as(step).isNotNull();
            }
            return run;
        });
        assertThat(code).isEqualTo(ExitCodes.COMPLETED);
    }
}
