package io.roundup.job;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The run date ({@code runDate=YYYY-MM-DD}) identifies a run; anything else on the command line is refused. */
class RunParameters implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        if (parameters == null || parameters.getString("runDate") == null) {
            throw new InvalidJobParametersException("missing runDate=YYYY-MM-DD");
        }
        try {
            runDate(parameters);
        } catch (DateTimeParseException e) {
            throw new InvalidJobParametersException("runDate must be YYYY-MM-DD, got '" + parameters.getString("runDate") + "'");
        }
    }

    static LocalDate runDate(JobParameters parameters) {
        return LocalDate.parse(parameters.getString("runDate"));
    }
}
