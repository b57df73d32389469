package io.roundup.job;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Mention;
import io.roundup.extract.EventExtractor;
import io.roundup.store.NewsStore;
import io.roundup.store.CompanyStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;

/** Runs the extractor over one stored document; the registry is read once per step. */
class ExtractProcessor implements ItemProcessor<String, ExtractProcessor.DocumentMentions>, StepExecutionListener {

    record DocumentMentions(String file, List<Mention> mentions) {
    }

    private final NewsStore news;
    private final CompanyStore companies;
    private EventExtractor extractor;

    ExtractProcessor(NewsStore news, CompanyStore companies) {
        this.news = news;
        this.companies = companies;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        extractor = new EventExtractor(new CompanyRegistry(companies.companies()));
    }

    @Override
    public DocumentMentions process(String file) {
        return new DocumentMentions(file, extractor.extract(news.document(file)));
    }
}
