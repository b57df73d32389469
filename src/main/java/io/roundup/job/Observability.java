package io.roundup.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's Micrometer observations, switched on: with an {@link ObservationRegistry} in the
 * context, Boot's batch observation auto-configuration hands it to the job, which then times itself
 * and its steps ({@code spring.batch.job}, {@code spring.batch.step}) into this meter registry. No
 * actuator and no server: a batch job has nothing to scrape, its numbers leave by the textfile of
 * {@code roundup.metrics-file}; a deployment that wants them elsewhere adds its own registry.
 */
@Configuration(proxyBeanMethods = false)
class Observability {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }
}
